package news.gazette.site;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;

import news.gazette.comments.Comments;
import news.gazette.media.Media;
import news.gazette.platform.Permalinks;
import news.gazette.platform.SiteSettings;
import news.gazette.publishing.ArticleListing;
import news.gazette.publishing.ArticleSummary;
import news.gazette.publishing.Publishing;

/**
 * Builds the parts pages share: the masthead, datelines, article cards with comment counts and featured images,
 * pagination.
 */
@Component
class SiteChrome {

    private final SiteSettings site;
    private final Publishing publishing;
    private final Comments comments;
    private final Media media;
    private final Permalinks permalinks;

    SiteChrome(SiteSettings site, Publishing publishing, Comments comments, Media media, Permalinks permalinks) {
        this.site = site;
        this.publishing = publishing;
        this.comments = comments;
        this.media = media;
        this.permalinks = permalinks;
    }

    Masthead masthead() {
        List<Link> sections = publishing.categories().stream()
                .map(category -> new Link(category.name(), permalinks.category(category.slug())))
                .toList();
        return new Masthead(site.title(), site.tagline(), site.language(), sections);
    }

    Dateline dateline(Instant instant) {
        return new Dateline(instant.toString(), site.formatDate(instant), site.formatTime(instant));
    }

    List<ArticleCard> cards(ArticleListing listing) {
        var counts = comments.countApproved(listing.articles().stream().map(ArticleSummary::id).toList());
        var images = media.findAll(listing.articles().stream().map(ArticleSummary::featuredImageId)
                .filter(Objects::nonNull).toList());
        return listing.articles().stream()
                .map(article -> new ArticleCard(article.title(), permalinks.article(article.publishedAt(), article.slug()),
                        article.excerpt(), dateline(article.publishedAt()),
                        new Link(article.author().name(), permalinks.author(article.author().slug())),
                        new Link(article.category().name(), permalinks.category(article.category().slug())),
                        counts.getOrDefault(article.id(), 0L),
                        article.featuredImageId() == null || !images.containsKey(article.featuredImageId()) ? null
                                : FeaturedImage.onCard(images.get(article.featuredImageId()))))
                .toList();
    }

    Pagination pagination(String base, ArticleListing listing) {
        int page = listing.page();
        return new Pagination(page, listing.totalPages(),
                page > 1 ? permalinks.page(base, page - 1) : null,
                page < listing.totalPages() ? permalinks.page(base, page + 1) : null);
    }

    /** The head of a list page: " – Page 2" in the title after the first, links to its neighbours. */
    Head listHead(String name, String description, String base, ArticleListing listing) {
        String title = listing.page() > 1 ? name + " – Page " + listing.page() : name;
        Pagination pagination = pagination(base, listing);
        return Head.of(title + " – " + site.title(), description, permalinks.absolute(permalinks.page(base, listing.page())))
                .withPagination(absoluteOrNull(pagination.previousUrl()), absoluteOrNull(pagination.nextUrl()));
    }

    /** The front page is titled as WordPress titles it: "Site – Tagline". */
    Head frontHead(Head listHead) {
        String title = site.tagline().isEmpty() ? site.title() : site.title() + " – " + site.tagline();
        return new Head(title, listHead.description(), listHead.canonical(), listHead.robots(), listHead.previous(),
                listHead.next());
    }

    String siteTitle() {
        return site.title();
    }

    String tagline() {
        return site.tagline();
    }

    int pageSize() {
        return site.articlesPerPage();
    }

    private String absoluteOrNull(String path) {
        return path == null ? null : permalinks.absolute(path);
    }
}
