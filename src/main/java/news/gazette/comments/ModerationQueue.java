package news.gazette.comments;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import news.gazette.platform.Permalinks;
import news.gazette.publishing.Publishing;

/**
 * The moderation desk's reading of the comments: a queue per status, searchable, and how many each holds. What it
 * returns carries commenters' emails and IP addresses, for people signed in to moderate; never show it on public
 * pages.
 */
@Service
public class ModerationQueue {

    public static final int PAGE_SIZE = 20;
    private static final int LONGEST_SEARCH = 200;

    private final CommentStore store;
    private final Publishing publishing;
    private final Permalinks permalinks;

    ModerationQueue(CommentStore store, Publishing publishing, Permalinks permalinks) {
        this.store = store;
        this.publishing = publishing;
        this.permalinks = permalinks;
    }

    /**
     * Page {@code page} of the comments with this status, newest first. A search that is not blank keeps those whose
     * author's name, email, IP address or text contain it, ignoring case; it is taken literally, wildcards and all.
     * A page before the first or past the last is empty.
     */
    public QueuedComments find(CommentStatus status, String search, int page) {
        String words = search == null ? "" : search.strip();
        words = words.substring(0, Math.min(words.length(), LONGEST_SEARCH));
        String pattern = words.isEmpty() ? null : "%" + likeEscaped(words.toLowerCase(Locale.ROOT)) + "%";
        long total = store.countQueue(status, pattern);
        int totalPages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        if (page < 1 || page > totalPages) {
            return new QueuedComments(status, words, java.util.List.of(), page, totalPages, total);
        }
        var articles = new HashMap<Long, ModerationItem.OnArticle>();
        var items = store.queue(status, pattern, PAGE_SIZE, (page - 1) * PAGE_SIZE).stream()
                .map(queued -> item(queued, articles))
                .toList();
        return new QueuedComments(status, words, items, page, totalPages, total);
    }

    /** One comment, whatever its status, with its text as written and its moderation history; empty if it is gone. */
    public Optional<CommentDetail> detail(long commentId) {
        return store.findQueued(commentId).map(queued -> {
            StoredComment c = queued.comment();
            return new CommentDetail(item(queued, new HashMap<>()),
                    new CommentEdit(c.authorName(), c.authorEmail(), c.authorUrl(), c.body()),
                    store.moderationHistory(commentId));
        });
    }

    public ModerationCounts counts() {
        Map<CommentStatus, Long> counts = store.countByStatus();
        return new ModerationCounts(counts.getOrDefault(CommentStatus.PENDING, 0L),
                counts.getOrDefault(CommentStatus.APPROVED, 0L), counts.getOrDefault(CommentStatus.SPAM, 0L),
                counts.getOrDefault(CommentStatus.TRASH, 0L));
    }

    private ModerationItem item(CommentStore.Queued queued, Map<Long, ModerationItem.OnArticle> articles) {
        StoredComment c = queued.comment();
        var article = articles.computeIfAbsent(c.articleId(), this::onArticle);
        var inReplyTo = c.parentId() == null || queued.parentAuthor() == null ? null
                : new ModerationItem.InReplyTo(c.parentId(), queued.parentAuthor(), queued.parentBodyHtml());
        return new ModerationItem(c.id(), c.status(), c.createdAt(), c.authorName(), c.authorEmail(), c.authorUrl(),
                c.authorIp(), c.bodyHtml(), c.heldReason(), c.spamScore(), article, inReplyTo);
    }

    private ModerationItem.OnArticle onArticle(long articleId) {
        return publishing.findPublicArticle(articleId)
                .map(a -> new ModerationItem.OnArticle(a.id(), a.title(), permalinks.article(a.publishedAt(), a.slug())))
                .orElseGet(() -> new ModerationItem.OnArticle(articleId, "Article " + articleId + " (not public)", null));
    }

    private static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
