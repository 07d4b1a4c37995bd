package news.gazette.site;

import java.util.List;

/** What every page shows around its content: the site's name and tagline, its sections, its language. */
public record Masthead(String siteTitle, String tagline, String language, List<Link> sections) {
}
