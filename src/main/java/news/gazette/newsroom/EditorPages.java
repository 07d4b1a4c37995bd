package news.gazette.newsroom;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import news.gazette.accounts.FieldErrors;
import news.gazette.media.Media;
import news.gazette.platform.Permalinks;
import news.gazette.platform.SiteSettings;
import news.gazette.publishing.ArticleDesk;
import news.gazette.publishing.ArticleStatus;
import news.gazette.publishing.Manuscript;
import news.gazette.publishing.Publishing;
import news.gazette.publishing.Writer;
import news.gazette.newsroom.EditorPage.Choice;
import news.gazette.newsroom.EditorPage.ImageChoice;

/** Builds the editor's page: the form from an article or from what was typed, and words for what just happened. */
@Component
class EditorPages {

    private static final int IMAGES_SHOWN = 60;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final Map<String, String> DONE = Map.of("save", "Saved.",
            "submit", "Submitted for review: an editor will publish it.", "publish", "Published.",
            "schedule", "Scheduled.", "unpublish", "Unpublished: it is a draft again.", "trash", "Moved to the trash.",
            "restore", "Restored from the trash as a draft.", "revision", "Revision restored.");

    private final ArticleDesk desk;
    private final Publishing publishing;
    private final Media media;
    private final SiteSettings site;
    private final Permalinks permalinks;

    EditorPages(ArticleDesk desk, Publishing publishing, Media media, SiteSettings site, Permalinks permalinks) {
        this.desk = desk;
        this.publishing = publishing;
        this.media = media;
        this.site = site;
        this.permalinks = permalinks;
    }

    /** The article as stored; {@code done} names what was just done to it, or is null. */
    EditorPage stored(NewsroomChrome chrome, Writer writer, long id, String done) {
        var article = desk.open(writer, id);
        var form = new ArticleForm(article.title(), article.slug(), article.body(), article.excerpt(),
                Long.toString(article.categoryId()), Long.toString(article.authorId()), String.join(", ", article.tags()),
                article.featuredImageId() == null ? "" : Long.toString(article.featuredImageId()),
                article.commentsOpen() ? "on" : null, article.publishedAt() == null ? ""
                        : LOCAL.format(article.publishedAt().atZone(site.zone())), "");
        String notice = done == null ? null : DONE.get(done);
        if ("schedule".equals(done) && article.publishedAt() != null) {
            notice = "Scheduled for " + site.formatDate(article.publishedAt()) + " at "
                    + site.formatTime(article.publishedAt()) + ".";
        }
        return page(chrome, writer, article, form, FieldErrors.none(), null, notice, null);
    }

    /** The form as typed, for a new article ({@code id} null) or a stored one, with what went wrong or a preview. */
    EditorPage typed(NewsroomChrome chrome, Writer writer, Long id, ArticleForm form, FieldErrors errors,
                     String problem, String previewHtml) {
        return page(chrome, writer, id == null ? null : desk.open(writer, id), form, errors, problem, null, previewHtml);
    }

    private EditorPage page(NewsroomChrome chrome, Writer writer, Manuscript article, ArticleForm form,
                            FieldErrors errors, String problem, String notice, String previewHtml) {
        var categories = publishing.categories().stream()
                .map(c -> new Choice(Long.toString(c.id()), c.name())).toList();
        List<Choice> authors = writer.editsAnyone()
                ? desk.authors().stream().map(a -> new Choice(Long.toString(a.id()), a.name())).toList() : List.of();
        var images = images(form.featuredImageId());
        if (article == null) {
            return new EditorPage(chrome, "New article", null, "/newsroom/articles/new", form, errors, problem, notice,
                    previewHtml, "New", null, categories, authors, images, writer.publishes(), false, false);
        }
        boolean isPublic = article.status() == ArticleStatus.PUBLISHED || article.status() == ArticleStatus.SCHEDULED;
        return new EditorPage(chrome, "Edit “" + article.title() + "”", article.id(),
                "/newsroom/articles/" + article.id() + "/edit", form, errors, problem, notice, previewHtml,
                ArticleDeskPages.label(article.status()),
                isPublic ? permalinks.article(article.publishedAt(), article.slug()) : null, categories, authors,
                images, writer.publishes(), isPublic && writer.publishes(), article.status() == ArticleStatus.TRASH);
    }

    /** The latest images of the library, and the one chosen if it is older than those. */
    private List<ImageChoice> images(String chosen) {
        var latest = new ArrayList<>(media.list(IMAGES_SHOWN));
        if (chosen != null && chosen.matches("\\d{1,18}")) {
            long id = Long.parseLong(chosen);
            if (latest.stream().noneMatch(image -> image.id() == id)) {
                media.find(id).ifPresent(latest::add);
            }
        }
        return latest.stream().map(image -> new ImageChoice(Long.toString(image.id()), image.alt(),
                image.thumbnailUrl(), image.thumbnailWidth(), image.thumbnailHeight())).toList();
    }
}
