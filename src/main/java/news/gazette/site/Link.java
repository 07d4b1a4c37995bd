package news.gazette.site;

/** A label and the site path it leads to. */
public record Link(String label, String url) {
}
