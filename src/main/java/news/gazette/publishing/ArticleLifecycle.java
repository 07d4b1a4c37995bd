package news.gazette.publishing;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves an article between statuses without touching its text: publish now (a draft or one pending review),
 * unpublish (back to draft), trash, and restore from the trash (as a draft), one article or many. Same rules as
 * {@link ArticleDesk}: an article the writer may not open is not found; one
 * that is public, or about to be, is changed only by a writer who publishes. Each change is announced with
 * {@link ArticleChanged}.
 */
@Service
public class ArticleLifecycle {

    private final PublishingStore store;
    private final ArticleDesk desk;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ArticleLifecycle(PublishingStore store, ArticleDesk desk, Clock clock, ApplicationEventPublisher events) {
        this.store = store;
        this.desk = desk;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Applies one change to each article, by the same rules as one at a time: each is checked on its own, so the
     * ones the writer may change are changed and the rest are counted as unchanged.
     */
    @Transactional
    public BulkOutcome applyToEach(Writer writer, List<Long> articleIds, ArticleChange change) {
        int changed = 0;
        for (long id : articleIds.stream().distinct().toList()) {
            try {
                var outcome = switch (change) {
                    case PUBLISH -> publish(writer, id);
                    case UNPUBLISH -> unpublish(writer, id);
                    case TRASH -> trash(writer, id);
                    case RESTORE -> restore(writer, id);
                };
                changed += outcome.isDone() ? 1 : 0;
            } catch (ArticleNotFound notFound) {
                // counted as unchanged, like an article the writer may open but not change
            }
        }
        return new BulkOutcome(changed, articleIds.stream().distinct().toList().size() - changed);
    }

    /** Makes a draft or an article pending review public now, announcing it with {@link ArticlePublished} too. */
    @Transactional
    public EditOutcome publish(Writer writer, long articleId) {
        var article = desk.open(writer, articleId);
        if (!writer.publishes()) {
            return EditOutcome.refused("You can save drafts and submit them for review; an editor publishes them.");
        }
        if (article.status() != ArticleStatus.DRAFT && article.status() != ArticleStatus.PENDING) {
            return EditOutcome.refused("Only a draft or an article pending review can be published from here.");
        }
        var now = clock.instant();
        store.setStatus(articleId, ArticleStatus.PUBLISHED, now, now);
        events.publishEvent(new ArticleChanged(articleId));
        events.publishEvent(new ArticlePublished(articleId, article.slug()));
        return EditOutcome.done(articleId);
    }

    @Transactional
    public EditOutcome unpublish(Writer writer, long articleId) {
        var article = desk.open(writer, articleId);
        if (!writer.publishes()) {
            return EditOutcome.refused("Only an editor or the article's author can unpublish it.");
        }
        if (!article.status().isPublicInTime()) {
            return EditOutcome.refused("This article is not published or scheduled.");
        }
        return move(articleId, ArticleStatus.DRAFT);
    }

    @Transactional
    public EditOutcome trash(Writer writer, long articleId) {
        var article = desk.open(writer, articleId);
        if (!writer.mayChange(article.authorId(), article.status())) {
            return EditOutcome.refused("This article is public: only an editor or its author can trash it.");
        }
        return article.status() == ArticleStatus.TRASH ? EditOutcome.done(articleId) : move(articleId, ArticleStatus.TRASH);
    }

    @Transactional
    public EditOutcome restore(Writer writer, long articleId) {
        var article = desk.open(writer, articleId);
        if (article.status() != ArticleStatus.TRASH) {
            return EditOutcome.refused("This article is not in the trash.");
        }
        return move(articleId, ArticleStatus.DRAFT);
    }

    /** A draft or trashed article has no publish time: publishing it again gives it the time it is published at. */
    private EditOutcome move(long articleId, ArticleStatus status) {
        store.setStatus(articleId, status, null, clock.instant());
        events.publishEvent(new ArticleChanged(articleId));
        return EditOutcome.done(articleId);
    }
}
