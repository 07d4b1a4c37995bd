package news.gazette.platform;

import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;

/**
 * The site's identity and reading conventions: the {@code gazette.site.*} properties, overridden by what the Settings
 * page saved. Reading one costs a field read: the values are one immutable snapshot, replaced when settings change.
 * Date and time formats use WordPress's letters ("F j, Y", "g:i a"), so a site moved from WordPress keeps its
 * settings. The language is the property's only.
 */
@Component
public class SiteSettings {

    private static final Map<String, String> NAMES = SettingsSection.names("gazette.site.", "title", "tagline",
            "baseUrl", "timezone", "dateFormat", "timeFormat", "articlesPerPage");

    private final SettingsSection<Values> section;
    private final SavedSettings saved;
    private final String language;
    private volatile Values values;

    /** With {@code saved} null, the properties alone: for tests without a database. */
    SiteSettings(SiteProperties properties, SavedSettings saved) {
        this.section = new SettingsSection<>(NAMES, text(properties), SiteSettings::read);
        this.language = validLanguage(properties.language());
        this.saved = saved;
        if (saved == null) {
            this.values = section.read(Map.of());
        } else {
            saved.follow(section, current -> values = current);
        }
    }

    private record Values(String title, String tagline, String baseUrl, ZoneId zone, String dateFormat,
                          String timeFormat, DateTimeFormatter dateFormatter, DateTimeFormatter timeFormatter,
                          int articlesPerPage) {
    }

    public String title() { return values.title(); }

    public String tagline() { return values.tagline(); }

    /** The public address of the site, without a trailing slash: "https://news.example.com". */
    public String baseUrl() { return values.baseUrl(); }

    public ZoneId zone() { return values.zone(); }

    public String dateFormat() { return values.dateFormat(); }

    public String timeFormat() { return values.timeFormat(); }

    public int articlesPerPage() { return values.articlesPerPage(); }

    public String language() { return language; }

    public String formatDate(Instant instant) {
        var current = values;
        return current.dateFormatter().format(instant.atZone(current.zone()));
    }

    public String formatTime(Instant instant) {
        var current = values;
        return current.timeFormatter().format(instant.atZone(current.zone()));
    }

    /** An absolute URL for a site path that starts with "/". */
    public String absolute(String path) {
        return values.baseUrl() + path;
    }

    /**
     * Saves the fields typed on the Settings page: {@code title}, {@code tagline}, {@code baseUrl}, {@code timezone},
     * {@code dateFormat}, {@code timeFormat}, {@code articlesPerPage}; a field not given keeps its value. Returns
     * what is wrong, by field, in words that read after the field's name; empty when saved, and then every page
     * shows the new values.
     */
    public Map<String, String> change(Map<String, String> typed, String by) {
        return saved.save(section, typed, by);
    }

    private static Values read(SettingsCheck check) {
        String title = check.text("title", SettingsCheck::required);
        String tagline = check.text("tagline", String::strip);
        String baseUrl = check.text("baseUrl", SiteSettings::validBaseUrl);
        ZoneId zone = check.value("timezone", SiteSettings::validZone, ZoneId::getId);
        String dateFormat = check.text("dateFormat", SiteSettings::validFormat);
        String timeFormat = check.text("timeFormat", SiteSettings::validFormat);
        int articlesPerPage = check.whole("articlesPerPage", 1, 100);
        if (!check.passed()) {
            return null;
        }
        return new Values(title, tagline, baseUrl, zone, dateFormat, timeFormat,
                WordPressDateFormat.toFormatter(dateFormat), WordPressDateFormat.toFormatter(timeFormat),
                articlesPerPage);
    }

    private static Map<String, String> text(SiteProperties properties) {
        return Map.of("title", Objects.toString(properties.title(), ""),
                "tagline", Objects.toString(properties.tagline(), ""),
                "baseUrl", Objects.toString(properties.baseUrl(), ""),
                "timezone", Objects.toString(properties.timezone(), ""),
                "dateFormat", Objects.toString(properties.dateFormat(), ""),
                "timeFormat", Objects.toString(properties.timeFormat(), ""),
                "articlesPerPage", Integer.toString(properties.articlesPerPage()));
    }

    private static String validFormat(String format) {
        WordPressDateFormat.toFormatter(format);
        return format;
    }

    private static String validBaseUrl(String value) {
        String url = SettingsCheck.required(value);
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                || uri.getHost() == null) {
            throw new IllegalArgumentException("must be an http or https address like https://news.example.com");
        }
        return url;
    }

    private static ZoneId validZone(String value) {
        try {
            return ZoneId.of(SettingsCheck.required(value));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a known time zone (use a name like Europe/Madrid)");
        }
    }

    private static String validLanguage(String language) {
        if (language == null || language.isBlank()) {
            throw new IllegalArgumentException("gazette.site.language must not be blank");
        }
        return language.strip();
    }
}
