package news.gazette.newsroom;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import news.gazette.platform.SiteSettings;
import news.gazette.publishing.ArticleChange;
import news.gazette.publishing.ArticleDesk;
import news.gazette.publishing.ArticleStatus;
import news.gazette.publishing.DeskArticle;
import news.gazette.publishing.DeskListing;
import news.gazette.publishing.Publishing;
import news.gazette.publishing.Writer;
import news.gazette.newsroom.ArticleDeskPage.Row;
import news.gazette.newsroom.EditorPage.Choice;

/** Words and choices of the article list: status names, filter menus, dates in the site's zone. */
@Component
class ArticleDeskPages {

    private final ArticleDesk desk;
    private final Publishing publishing;
    private final SiteSettings site;

    ArticleDeskPages(ArticleDesk desk, Publishing publishing, SiteSettings site) {
        this.desk = desk;
        this.publishing = publishing;
        this.site = site;
    }

    static String label(ArticleStatus status) {
        return switch (status) {
            case DRAFT -> "Draft";
            case PENDING -> "Pending review";
            case SCHEDULED -> "Scheduled";
            case PUBLISHED -> "Published";
            case TRASH -> "Trash";
        };
    }

    /** What the list says after a change to selected articles: "2 articles moved to the trash; 1 could not be." */
    static String notice(ArticleChange change, Integer changed, Integer unchanged) {
        int done = changed == null ? 0 : Math.max(changed, 0);
        int left = unchanged == null ? 0 : Math.max(unchanged, 0);
        String what = switch (change) {
            case PUBLISH -> "published";
            case UNPUBLISH -> "unpublished, back to drafts";
            case TRASH -> "moved to the trash";
            case RESTORE -> "restored from the trash as drafts";
        };
        String notice = (done == 1 ? "1 article " : done + " articles ") + what + ".";
        if (left > 0) {
            notice += " " + (left == 1 ? "1 article was" : left + " articles were")
                    + " left as they were: you may not change them that way, or they were not in a state to be.";
        }
        return notice;
    }

    ArticleDeskPage build(NewsroomChrome chrome, Writer writer, ArticleListAddress address, DeskListing listing,
                          String notice) {
        var statuses = new ArrayList<Choice>(List.of(new Choice("", "All but trash")));
        Arrays.stream(ArticleStatus.values()).forEach(s -> statuses.add(new Choice(s.column(), label(s))));
        List<Choice> authors = writer.editsAnyone()
                ? desk.authors().stream().map(a -> new Choice(Long.toString(a.id()), a.name())).toList() : List.of();
        var categories = publishing.categories().stream()
                .map(c -> new Choice(Long.toString(c.id()), c.name())).toList();
        var rows = listing.articles().stream().map(this::row).toList();
        String summary = listing.total() == 1 ? "1 article" : listing.total() + " articles";
        return new ArticleDeskPage(chrome, address.statusNamed() == null ? "" : address.statusNamed().column(),
                nullToEmpty(ArticleListAddress.id(address.author())),
                nullToEmpty(ArticleListAddress.id(address.category())), address.search(), statuses, authors,
                categories, rows, summary, listing.page(), listing.totalPages(),
                listing.page() > 1 ? address.url(listing.page() - 1) : null,
                listing.page() < listing.totalPages() ? address.url(listing.page() + 1) : null, writer.publishes(),
                notice);
    }

    private Row row(DeskArticle article) {
        var at = article.publishedAt() != null ? article.publishedAt() : article.updatedAt();
        String when = (article.publishedAt() != null ? "" : "Changed ") + site.formatDate(at) + " at "
                + site.formatTime(at);
        return new Row(article.id(), article.title(), "/newsroom/articles/" + article.id() + "/edit",
                label(article.status()), article.authorName(), article.categoryName(), when);
    }

    private static String nullToEmpty(Long id) {
        return id == null ? "" : id.toString();
    }
}
