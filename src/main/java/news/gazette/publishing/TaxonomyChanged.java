package news.gazette.publishing;

/**
 * A category, tag or author profile was created, renamed, merged or deleted in the newsroom: archive pages, bylines
 * and article pages that show it may have changed.
 *
 * @param kind "category", "tag" or "author"
 */
public record TaxonomyChanged(String kind, long id) {
}
