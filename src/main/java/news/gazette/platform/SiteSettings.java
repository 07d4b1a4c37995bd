package news.gazette.platform;

import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The site's identity and reading conventions, from {@code gazette.site.*} properties
 * (or {@code GAZETTE_SITE_*} environment variables). Date and time formats use WordPress's
 * letters ("F j, Y", "g:i a"), so a site moved from WordPress keeps its settings.
 */
@ConfigurationProperties("gazette.site")
public class SiteSettings {

    private final String title;
    private final String tagline;
    private final String baseUrl;
    private final ZoneId zone;
    private final String dateFormat;
    private final String timeFormat;
    private final int articlesPerPage;
    private final String language;
    private final DateTimeFormatter dateFormatter;
    private final DateTimeFormatter timeFormatter;

    public SiteSettings(@DefaultValue("Gazette") String title,
                        @DefaultValue("News as it happens") String tagline,
                        @DefaultValue("http://localhost:8080") String baseUrl,
                        @DefaultValue("UTC") String timezone,
                        @DefaultValue("F j, Y") String dateFormat,
                        @DefaultValue("g:i a") String timeFormat,
                        @DefaultValue("10") int articlesPerPage,
                        @DefaultValue("en") String language) {
        this.title = requireText("gazette.site.title", title);
        this.tagline = tagline == null ? "" : tagline.strip();
        this.baseUrl = validBaseUrl(baseUrl);
        this.zone = validZone(timezone);
        this.dateFormat = dateFormat;
        this.timeFormat = timeFormat;
        this.dateFormatter = WordPressDateFormat.toFormatter("gazette.site.date-format", dateFormat);
        this.timeFormatter = WordPressDateFormat.toFormatter("gazette.site.time-format", timeFormat);
        if (articlesPerPage < 1 || articlesPerPage > 100) {
            throw new IllegalArgumentException(
                    "gazette.site.articles-per-page must be between 1 and 100, was " + articlesPerPage);
        }
        this.articlesPerPage = articlesPerPage;
        this.language = requireText("gazette.site.language", language);
    }

    public String title() { return title; }

    public String tagline() { return tagline; }

    /** The public address of the site, without a trailing slash: "https://news.example.com". */
    public String baseUrl() { return baseUrl; }

    public ZoneId zone() { return zone; }

    public String dateFormat() { return dateFormat; }

    public String timeFormat() { return timeFormat; }

    public int articlesPerPage() { return articlesPerPage; }

    public String language() { return language; }

    public String formatDate(Instant instant) {
        return dateFormatter.format(instant.atZone(zone));
    }

    public String formatTime(Instant instant) {
        return timeFormatter.format(instant.atZone(zone));
    }

    /** An absolute URL for a site path that starts with "/". */
    public String absolute(String path) {
        return baseUrl + path;
    }

    private static String requireText(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value.strip();
    }

    private static String validBaseUrl(String value) {
        String url = requireText("gazette.site.base-url", value);
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("gazette.site.base-url is not a URL: " + value);
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalArgumentException(
                    "gazette.site.base-url must be an http or https address like https://news.example.com, was " + value);
        }
        return url;
    }

    private static ZoneId validZone(String value) {
        try {
            return ZoneId.of(requireText("gazette.site.timezone", value));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(
                    "gazette.site.timezone is not a known time zone (use a name like Europe/Madrid): " + value);
        }
    }
}
