package news.gazette.site;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.function.IntFunction;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

import news.gazette.platform.JteViews;
import news.gazette.platform.Permalinks;
import news.gazette.platform.SiteSettings;
import news.gazette.publishing.ArticleListing;
import news.gazette.publishing.Publishing;

/**
 * Lists of articles by category, tag, author, year, month and day, each paginated. A list with nothing in it
 * says so; a page past the last one, an unknown name or an impossible date is not found. The old address of a
 * renamed category, tag or author, or of a tag merged into another, redirects permanently to the new one.
 */
@Controller
class ArchiveController {

    private static final String PAGED = "page/{page:\\d{1,9}}/";

    private final Publishing publishing;
    private final SiteChrome chrome;
    private final Permalinks permalinks;
    private final SiteSettings site;

    ArchiveController(Publishing publishing, SiteChrome chrome, Permalinks permalinks, SiteSettings site) {
        this.publishing = publishing;
        this.chrome = chrome;
        this.permalinks = permalinks;
        this.site = site;
    }

    @GetMapping({"/category/{slug}/", "/category/{slug}/" + PAGED})
    ModelAndView showCategory(@PathVariable String slug, @PathVariable(required = false) Integer page) {
        var category = publishing.category(slug).orElse(null);
        if (category == null) {
            return movedTo(publishing.renamedCategory(slug).map(permalinks::category));
        }
        String description = category.description().isBlank()
                ? "Articles filed under " + category.name() + "." : category.description();
        return archive("Category", category.name(), description, permalinks.category(category.slug()), page,
                n -> publishing.inCategory(category, n, chrome.pageSize()),
                "There are no articles in " + category.name() + " yet.");
    }

    @GetMapping({"/tag/{slug}/", "/tag/{slug}/" + PAGED})
    ModelAndView showTag(@PathVariable String slug, @PathVariable(required = false) Integer page) {
        var tag = publishing.tag(slug).orElse(null);
        if (tag == null) {
            return movedTo(publishing.renamedTag(slug).map(permalinks::tag));
        }
        return archive("Tag", tag.name(), "Articles tagged " + tag.name() + ".", permalinks.tag(tag.slug()), page,
                n -> publishing.taggedWith(tag, n, chrome.pageSize()),
                "There are no articles tagged " + tag.name() + " yet.");
    }

    @GetMapping({"/author/{slug}/", "/author/{slug}/" + PAGED})
    ModelAndView showAuthor(@PathVariable String slug, @PathVariable(required = false) Integer page) {
        var author = publishing.author(slug).orElse(null);
        if (author == null) {
            return movedTo(publishing.renamedAuthor(slug).map(permalinks::author));
        }
        String description = author.bio().isBlank() ? "Articles by " + author.name() + "." : author.bio();
        return archive("Author", author.name(), description, permalinks.author(author.slug()), page,
                n -> publishing.writtenBy(author, n, chrome.pageSize()),
                author.name() + " has not published any articles yet.");
    }

    @GetMapping({"/{year:\\d{4}}/", "/{year:\\d{4}}/" + PAGED})
    ModelAndView showYear(@PathVariable int year, @PathVariable(required = false) Integer page) {
        LocalDate first = date(year, 1, 1);
        return period(String.valueOf(year), permalinks.year(year), first, first.plusYears(1), page);
    }

    @GetMapping({"/{year:\\d{4}}/{month:\\d{2}}/", "/{year:\\d{4}}/{month:\\d{2}}/" + PAGED})
    ModelAndView showMonth(@PathVariable int year, @PathVariable int month, @PathVariable(required = false) Integer page) {
        LocalDate first = date(year, month, 1);
        String name = first.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year;
        return period(name, permalinks.month(year, month), first, first.plusMonths(1), page);
    }

    @GetMapping({"/{year:\\d{4}}/{month:\\d{2}}/{day:\\d{2}}/", "/{year:\\d{4}}/{month:\\d{2}}/{day:\\d{2}}/" + PAGED})
    ModelAndView showDay(@PathVariable int year, @PathVariable int month, @PathVariable int day,
                         @PathVariable(required = false) Integer page) {
        LocalDate date = date(year, month, day);
        String name = date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + day + ", " + year;
        return period(name, permalinks.day(year, month, day), date, date.plusDays(1), page);
    }

    private ModelAndView period(String name, String base, LocalDate from, LocalDate to, Integer page) {
        var zone = site.zone();
        var start = from.atStartOfDay(zone).toInstant();
        var end = to.atStartOfDay(zone).toInstant();
        return archive("Archive", name, "Articles published in " + name + ".", base, page,
                n -> publishing.publishedBetween(start, end, n, chrome.pageSize()),
                "Nothing was published in " + name + ".");
    }

    private ModelAndView archive(String kind, String name, String description, String base, Integer requestedPage,
                                 IntFunction<ArticleListing> list, String emptyMessage) {
        int page = requestedPage == null ? 1 : requestedPage;
        if (requestedPage != null && page < 2) {
            if (page == 1) {
                return Redirects.permanent(base);
            }
            throw new PageNotFound();
        }
        ArticleListing listing = list.apply(page);
        if (page > listing.totalPages()) {
            throw new PageNotFound();
        }
        Head head = chrome.listHead(name, description, base, listing);
        if (listing.isEmpty()) {
            head = head.noIndex();
        }
        var archive = new ArchivePage(head, chrome.masthead(), kind, name, description, chrome.cards(listing),
                chrome.pagination(base, listing), emptyMessage);
        return new ModelAndView("site/archive", JteViews.PAGE, archive);
    }

    /** A renamed category, tag or author's old address leads to its first page now; any other is not found. */
    private static ModelAndView movedTo(java.util.Optional<String> address) {
        return Redirects.permanent(address.orElseThrow(PageNotFound::new));
    }

    private static LocalDate date(int year, int month, int day) {
        if (year < 1000) {
            throw new PageNotFound();
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new PageNotFound();
        }
    }
}
