package news.gazette.publishing;

/**
 * What the newsroom typed for a category, tag or author profile; a blank slug is made from the name.
 *
 * @param description a category's description or an author's bio; ignored for a tag
 */
public record TermDraft(String name, String slug, String description) {
}
