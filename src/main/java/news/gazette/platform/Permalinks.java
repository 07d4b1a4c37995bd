package news.gazette.platform;

import java.time.Instant;
import java.time.ZonedDateTime;

import org.springframework.stereotype.Component;

/**
 * The site's URL scheme, WordPress's: {@code /2022/01/22/slug/} for an article (its date in the site's timezone),
 * {@code /category/slug/}, {@code /tag/slug/}, {@code /author/slug/}, {@code /2022/01/} for periods,
 * and {@code page/2/} appended for the next pages of a list. Every public path ends with a slash.
 */
@Component
public class Permalinks {

    private final SiteSettings site;

    Permalinks(SiteSettings site) {
        this.site = site;
    }

    public String article(Instant publishedAt, String slug) {
        ZonedDateTime local = publishedAt.atZone(site.zone());
        return "/%04d/%02d/%02d/%s/".formatted(local.getYear(), local.getMonthValue(), local.getDayOfMonth(), slug);
    }

    public String category(String slug) {
        return "/category/" + slug + "/";
    }

    public String tag(String slug) {
        return "/tag/" + slug + "/";
    }

    public String author(String slug) {
        return "/author/" + slug + "/";
    }

    public String year(int year) {
        return "/%04d/".formatted(year);
    }

    public String month(int year, int month) {
        return "/%04d/%02d/".formatted(year, month);
    }

    public String day(int year, int month, int day) {
        return "/%04d/%02d/%02d/".formatted(year, month, day);
    }

    /** Page {@code page} of the list at {@code base}; page 1 is the base itself. */
    public String page(String base, int page) {
        return page <= 1 ? base : base + "page/" + page + "/";
    }

    public String absolute(String path) {
        return site.absolute(path);
    }
}
