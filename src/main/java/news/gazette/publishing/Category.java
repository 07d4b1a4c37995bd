package news.gazette.publishing;

/** A section of the site; every article is filed under exactly one. */
public record Category(long id, String slug, String name, String description) {
}
