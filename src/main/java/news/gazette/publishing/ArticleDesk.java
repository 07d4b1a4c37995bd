package news.gazette.publishing;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The newsroom's door to articles in every status: the list, the editor's open and save, and the preview.
 * Who may do what is decided here, from the {@link Writer}: an article the writer may not open is not found
 * ({@link ArticleNotFound}), whatever id was asked for; publishing and scheduling without the right, or changing a
 * public article without it, is refused with a reason. Every save is announced with {@link ArticleChanged}, a new
 * article also with {@link ArticleFiled}, and one made public now with {@link ArticlePublished}.
 */
@Service
public class ArticleDesk {

    static final int PAGE_SIZE = 20;

    private final PublishingStore store;
    private final DraftCheck check;
    private final Revisions revisions;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ArticleDesk(PublishingStore store, DraftCheck check, Revisions revisions, Clock clock,
                ApplicationEventPublisher events) {
        this.store = store;
        this.check = check;
        this.revisions = revisions;
        this.clock = clock;
        this.events = events;
    }

    /** A page of the articles the writer may open; a page past the end gives the last one. */
    public DeskListing list(Writer writer, DeskFilter filter, int page) {
        if (!writer.editsAnyone()) {
            if (writer.authorId() == null) {
                return new DeskListing(List.of(), 1, 1, 0);
            }
            filter = new DeskFilter(filter.status(), writer.authorId(), filter.categoryId(), filter.search());
        }
        long total = store.countDesk(filter);
        int pages = ArticleListing.pagesFor(total, PAGE_SIZE);
        int current = Math.clamp(page, 1, pages);
        return new DeskListing(store.listDesk(filter, PAGE_SIZE, (current - 1) * PAGE_SIZE), current, pages, total);
    }

    public Manuscript open(Writer writer, long id) {
        return store.findManuscript(id).filter(m -> writer.mayOpen(m.authorId()))
                .orElseThrow(() -> new ArticleNotFound(id));
    }

    /** The body as readers would see it: Markdown rendered and sanitised, exactly as saving would. */
    public String preview(String markdown) {
        return ArticleHtml.fromMarkdown(markdown == null ? "" : markdown);
    }

    public List<Author> authors() {
        return store.authors();
    }

    /** Saves a new article ({@code id} null) or changes one, keeping a revision; see {@link EditorAction}. */
    @Transactional
    public EditOutcome save(Writer writer, Long id, ArticleDraft draft, EditorAction action) {
        Manuscript current = id == null ? null : open(writer, id);
        if (current != null && current.status() == ArticleStatus.TRASH) {
            return EditOutcome.refused("This article is in the trash: restore it before changing it.");
        }
        if (current != null && !writer.mayChange(current.authorId(), current.status())) {
            return EditOutcome.refused("This article is public: only an editor or its author can change it now.");
        }
        if ((action == EditorAction.PUBLISH || action == EditorAction.SCHEDULE) && !writer.publishes()) {
            return EditOutcome.refused("You can save drafts and submit them for review; an editor publishes them.");
        }
        Instant now = clock.instant();
        var checked = check.check(draft, action, current, writer, now);
        if (!checked.errors().isEmpty()) {
            return EditOutcome.rejected(checked.errors());
        }
        ArticleStatus status = switch (action) {
            case SAVE -> current == null ? ArticleStatus.DRAFT : current.status();
            case SUBMIT -> ArticleStatus.PENDING;
            case PUBLISH -> ArticleStatus.PUBLISHED;
            case SCHEDULE -> ArticleStatus.SCHEDULED;
        };
        Instant publishAt = switch (action) {
            case SAVE -> current == null ? null : current.publishedAt();
            case SUBMIT -> null;
            case PUBLISH -> current != null && current.status() == ArticleStatus.PUBLISHED ? current.publishedAt() : now;
            case SCHEDULE -> checked.publishAt();
        };
        String body = draft.body() == null ? "" : draft.body();
        String bodyHtml = ArticleHtml.fromMarkdown(body);
        String excerpt = draft.excerpt() == null || draft.excerpt().isBlank()
                ? ArticleHtml.excerptOf(bodyHtml) : draft.excerpt().strip();
        var article = new NewArticle(draft.title().strip(), body, excerpt, status, publishAt, checked.authorId(),
                checked.categoryId(), tagNames(draft.tags()), draft.commentsOpen(), draft.featuredImageId());
        long articleId;
        if (current == null) {
            articleId = store.insertArticle(checked.slug(), article, excerpt, bodyHtml, now);
        } else {
            articleId = current.id();
            store.updateArticle(articleId, checked.slug(), article, excerpt, bodyHtml, now);
            if (!current.slug().equals(checked.slug()) && current.status().isPublicInTime()) {
                store.redirectSlug(current.slug(), checked.slug(), articleId);
            }
            store.untagArticle(articleId);
        }
        for (String name : article.tagNames()) {
            store.tagArticle(articleId, store.tagFor(Slug.of(name, "tag"), name).id());
        }
        revisions.keep(articleId, article.title(), body, excerpt, article.featuredImageId(), writer.name(), now);
        announce(articleId, checked.slug(), current, article);
        return EditOutcome.done(articleId);
    }

    /**
     * Makes the article say again what a revision said (title, body, excerpt, featured image), as a new save with a
     * revision. A featured image deleted from the library since is not brought back: the article then has none.
     */
    @Transactional
    public EditOutcome restoreRevision(Writer writer, long articleId, long revisionId) {
        Revision revision = revisions.find(writer, articleId, revisionId);
        Manuscript current = open(writer, articleId);
        Long image = revision.featuredImageId() != null && check.inLibrary(revision.featuredImageId())
                ? revision.featuredImageId() : null;
        var draft = new ArticleDraft(revision.title(), current.slug(), revision.body(), revision.excerpt(),
                current.categoryId(), current.authorId(), String.join(", ", current.tags()), current.commentsOpen(),
                null, image);
        return save(writer, articleId, draft, EditorAction.SAVE);
    }

    private void announce(long articleId, String slug, Manuscript before, NewArticle after) {
        if (before == null) {
            events.publishEvent(new ArticleFiled(articleId, slug, after.status(), after.publishAt()));
        }
        events.publishEvent(new ArticleChanged(articleId));
        if (after.status() == ArticleStatus.PUBLISHED && (before == null || before.status() != ArticleStatus.PUBLISHED)) {
            events.publishEvent(new ArticlePublished(articleId, slug));
        }
    }

    private static List<String> tagNames(String tags) {
        if (tags == null) {
            return List.of();
        }
        return Arrays.stream(tags.split(",")).map(String::strip).filter(name -> !name.isEmpty())
                .filter(name -> !Slug.of(name, "").isEmpty()).distinct().toList();
    }
}
