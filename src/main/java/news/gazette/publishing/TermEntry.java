package news.gazette.publishing;

/**
 * A category, tag or author profile as the newsroom lists and edits it.
 *
 * @param description a category's description or an author's bio; empty for a tag
 * @param articles how many articles, in any status and the trash too, are filed under it
 */
public record TermEntry(long id, String slug, String name, String description, long articles) {
}
