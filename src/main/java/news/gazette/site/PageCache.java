package news.gazette.site;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Component;

import news.gazette.comments.CommentModerated;
import news.gazette.comments.CommentPosted;
import news.gazette.comments.CommentStatus;
import news.gazette.media.MediaChanged;
import news.gazette.media.MediaDeleted;
import news.gazette.platform.SettingsChanged;
import news.gazette.publishing.ArticleChanged;
import news.gazette.publishing.ArticleFiled;
import news.gazette.publishing.ArticlePublished;
import news.gazette.publishing.Publishing;
import news.gazette.publishing.TaxonomyChanged;

/**
 * Finished public pages, kept as the bytes anonymous readers get, up to a memory budget. Emptied whenever what
 * the pages show changes, once the change is committed (emptied before, a reader could refill it with the page as it
 * was), and by itself when a scheduled article's time comes. A page rendered while the cache
 * was being emptied is not kept, so a stale page never outlives the change that made it stale.
 */
@Component
class PageCache {

    private final Cache<String, CachedPage> pages;
    private final Publishing publishing;
    private final Clock clock;
    private final AtomicLong generation = new AtomicLong();
    private volatile Instant validUntil = Instant.MAX;

    PageCache(Publishing publishing, Clock clock, @Value("${gazette.page-cache.max-bytes:67108864}") long maxBytes) {
        this.publishing = publishing;
        this.clock = clock;
        this.pages = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                // the comment form's token dates from when the page was made; an hour keeps it fresh enough
                .expireAfterWrite(java.time.Duration.ofHours(1))
                .weigher((String path, CachedPage page) -> page.weight())
                .build();
        refreshValidity();
    }

    /** The page kept for this path, if it is still current. */
    CachedPage find(String path) {
        if (!clock.instant().isBefore(validUntil)) {
            invalidateAll();
        }
        return pages.getIfPresent(path);
    }

    /** A ticket to present when storing: a page rendered before an invalidation is refused. */
    long generation() {
        return generation.get();
    }

    void store(String path, CachedPage page, long renderedInGeneration) {
        pages.put(path, page);
        if (generation.get() != renderedInGeneration) {
            pages.invalidate(path);
        }
    }

    void invalidateAll() {
        generation.incrementAndGet();
        pages.invalidateAll();
        refreshValidity();
    }

    long size() {
        return pages.estimatedSize();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticleFiled filed) {
        invalidateAll();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticlePublished published) {
        invalidateAll();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticleChanged changed) {
        invalidateAll();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(TaxonomyChanged changed) {
        invalidateAll();
    }

    // every page shows the site's title, most its date formats: any change of settings may show anywhere
    @TransactionalEventListener(fallbackExecution = true)
    void on(SettingsChanged changed) {
        invalidateAll();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(MediaChanged changed) {
        invalidateAll();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(MediaDeleted deleted) {
        invalidateAll();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CommentPosted posted) {
        if (posted.status() == CommentStatus.APPROVED) {
            invalidateAll();
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CommentModerated moderated) {
        if (moderated.touchesPublicPages()) {
            invalidateAll();
        }
    }

    private void refreshValidity() {
        validUntil = publishing.nextScheduledPublication().orElse(Instant.MAX);
    }
}
