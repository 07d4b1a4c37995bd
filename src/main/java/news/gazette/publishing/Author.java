package news.gazette.publishing;

/** A byline: the public profile of someone who writes for the site. */
public record Author(long id, String slug, String name, String bio) {
}
