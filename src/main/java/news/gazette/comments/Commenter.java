package news.gazette.comments;

/** The name, email and website a commenter asked the site to remember in their browser. */
public record Commenter(String name, String email, String website) {
}
