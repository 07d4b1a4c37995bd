package news.gazette.comments;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import news.gazette.comments.spam.CommentText;
import news.gazette.comments.spam.SpamFilter;

/**
 * What moderators do to comments, for the newsroom and any other desk: approve, unapprove, mark as spam, trash,
 * restore, edit and delete. Every action is recorded with who did it and when, and announced with
 * {@link CommentModerated}. Approvals and spam decisions teach the spam filter. Acting on a comment that does not exist throws {@link CommentNotFound}.
 */
@Service
public class CommentModeration {

    private final CommentStore store;
    private final SpamFilter spamFilter;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CommentModeration(CommentStore store, SpamFilter spamFilter, Clock clock, ApplicationEventPublisher events) {
        this.store = store;
        this.spamFilter = spamFilter;
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
        teachSpamFilter(comment, to);
        store.setStatus(commentId, to, now);
        store.recordModeration(commentId, action, moderator, "", now);
        events.publishEvent(new CommentModerated(commentId, comment.articleId(), comment.status(), to));
    }

    /**
     * A moderator approving a comment says it is not spam; marking it spam says it is; restoring it from the spam
     * takes that back. The filter is taught each comment at most once, and untaught when the decision is reversed.
     */
    private void teachSpamFilter(StoredComment comment, CommentStatus to) {
        String taught = store.learnedAs(comment.id());
        String lesson = switch (to) {
            case APPROVED -> "ham";
            case SPAM -> "spam";
            case PENDING -> comment.status() == CommentStatus.SPAM ? null : taught;
            case TRASH -> taught;
        };
        if (java.util.Objects.equals(taught, lesson)) {
            return;
        }
        CommentText text = Comments.spamText(comment);
        if (taught != null) {
            spamFilter.unlearn(text, taught.equals("spam"));
        }
        if (lesson != null) {
            spamFilter.learn(text, lesson.equals("spam"));
        }
        store.setLearnedAs(comment.id(), lesson);
    }

    private StoredComment find(long commentId) {
        return store.find(commentId).orElseThrow(() -> new CommentNotFound(commentId));
    }
}
