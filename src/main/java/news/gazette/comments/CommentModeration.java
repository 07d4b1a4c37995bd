package news.gazette.comments;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What moderators do to comments, for the newsroom and any other desk: approve, unapprove, mark as spam, trash,
 * restore, edit and delete. Every action is recorded with who did it and when, and announced with
 * {@link CommentModerated}. Acting on a comment that does not exist throws {@link CommentNotFound}.
 */
@Service
public class CommentModeration {

    private final CommentStore store;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CommentModeration(CommentStore store, Clock clock, ApplicationEventPublisher events) {
        this.store = store;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public void approve(long commentId, String moderator) {
        change(commentId, CommentStatus.APPROVED, "approve", moderator);
    }

    @Transactional
    public void unapprove(long commentId, String moderator) {
        change(commentId, CommentStatus.PENDING, "unapprove", moderator);
    }

    @Transactional
    public void markSpam(long commentId, String moderator) {
        change(commentId, CommentStatus.SPAM, "spam", moderator);
    }

    @Transactional
    public void trash(long commentId, String moderator) {
        change(commentId, CommentStatus.TRASH, "trash", moderator);
    }

    /** Takes a comment out of the spam or the trash, back to waiting for moderation. */
    @Transactional
    public void restore(long commentId, String moderator) {
        change(commentId, CommentStatus.PENDING, "restore", moderator);
    }

    /** Replaces a comment's text; the new text is escaped and linked like a reader's. */
    @Transactional
    public void edit(long commentId, String body, String moderator) {
        var comment = find(commentId);
        if (body == null || body.isBlank() || body.length() > CommentFields.MAX_BODY) {
            throw new IllegalArgumentException("comment text must be between 1 and " + CommentFields.MAX_BODY + " characters");
        }
        Instant now = clock.instant();
        store.updateBody(commentId, body.strip(), CommentBody.toHtml(body), now);
        store.recordModeration(commentId, "edit", moderator, "", now);
        events.publishEvent(new CommentModerated(commentId, comment.articleId(), comment.status(), comment.status()));
    }

    /** Deletes a comment for good; its replies stay, moved up to its parent. The record of the deletion stays. */
    @Transactional
    public void delete(long commentId, String moderator) {
        var comment = find(commentId);
        Instant now = clock.instant();
        store.delete(commentId, comment.parentId());
        store.recordModeration(commentId, "delete", moderator, "", now);
        events.publishEvent(new CommentModerated(commentId, comment.articleId(), comment.status(), CommentStatus.TRASH));
    }

    public List<ModerationRecord> history(long commentId) {
        return store.moderationHistory(commentId);
    }

    private void change(long commentId, CommentStatus to, String action, String moderator) {
        var comment = find(commentId);
        Instant now = clock.instant();
        store.setStatus(commentId, to, now);
        store.recordModeration(commentId, action, moderator, "", now);
        events.publishEvent(new CommentModerated(commentId, comment.articleId(), comment.status(), to));
    }

    private StoredComment find(long commentId) {
        return store.find(commentId).orElseThrow(() -> new CommentNotFound(commentId));
    }
}
