package news.gazette.publishing;

/** A keyword an article is tagged with; an article has any number of them. */
public record Tag(long id, String slug, String name) {
}
