package news.gazette.comments;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What moderators do to comments, for the newsroom and any other desk: approve, unapprove, mark as spam, trash,
 * restore, edit and delete, one comment or many, and reply as the site. Every action is recorded with who did it and
 * when, and announced with {@link CommentModerated}. Approvals and spam decisions teach the spam filter. Acting on
 * one comment that does not exist throws {@link CommentNotFound}; actions on many skip the ones that are gone.
 */
@Service
public class CommentModeration {

    private final CommentStore store;
    private final SpamLessons lessons;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CommentModeration(CommentStore store, SpamLessons lessons, Clock clock, ApplicationEventPublisher events) {
        this.store = store;
        this.lessons = lessons;
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

    /**
     * Changes who a comment says wrote it and what it says, checked as the public form checks a reader's: the errors
     * by field ("author", "email", "url", "comment"), worded for a moderator, or empty when saved. The text is escaped
     * and linked like a reader's. An edit that changes something is recorded with the fields it changed.
     */
    @Transactional
    public Map<String, String> edit(long commentId, CommentEdit edit, String moderator) {
        var comment = find(commentId);
        var fields = CommentFields.cleaned(edit.text(), edit.name(), edit.email(), edit.website());
        var errors = fields.errorsForModerator();
        if (!errors.isEmpty()) {
            return errors;
        }
        var changed = new ArrayList<String>();
        addIfChanged(changed, "name", comment.authorName(), fields.name());
        addIfChanged(changed, "email", comment.authorEmail(), fields.email());
        addIfChanged(changed, "website", comment.authorUrl(), fields.website());
        addIfChanged(changed, "text", comment.body(), fields.body());
        if (changed.isEmpty()) {
            return Map.of();
        }
        Instant now = clock.instant();
        String bodyHtml = CommentBody.toHtml(fields.body());
        lessons.retell(comment, comment.rewritten(fields.name(), fields.email(), fields.website(), fields.body(), bodyHtml));
        store.updateWritten(commentId, fields.name(), fields.email(), fields.website(), fields.body(), bodyHtml, now);
        store.recordModeration(commentId, "edit", moderator, "Changed the " + String.join(", the ", changed), now);
        events.publishEvent(new CommentModerated(commentId, comment.articleId(), comment.status(), comment.status()));
        return Map.of();
    }

    private static void addIfChanged(List<String> changed, String field, String before, String after) {
        if (!java.util.Objects.equals(before, after)) {
            changed.add(field);
        }
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

    /**
     * Applies an action to each of these comments that exists and is not where the action would leave it already;
     * returns how many it changed.
     */
    @Transactional
    public int apply(ModerationAction action, Collection<Long> commentIds, String moderator) {
        int changed = 0;
        for (long id : new LinkedHashSet<>(commentIds)) {
            var comment = store.find(id);
            if (comment.isEmpty() || comment.get().status() == action.result()) {
                continue;
            }
            if (action == ModerationAction.DELETE) {
                delete(id, moderator);
            } else {
                change(comment.get(), action.result(), action.word(), moderator);
            }
            changed++;
        }
        return changed;
    }

    /** Approves every comment from this email that awaits moderation; returns how many. */
    @Transactional
    public int approveAllFrom(String email, String moderator) {
        String normalised = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        return apply(ModerationAction.APPROVE, store.idsFrom(normalised, CommentStatus.PENDING), moderator);
    }

    /**
     * Publishes a reply to a comment as the site: approved at once, under the name and email given (the signed-in
     * moderator's), without the public form's limits. A reply to a comment awaiting moderation approves it first.
     * Returns the reply's id; empty, posting nothing, when the text is blank or too long or the comment is spam,
     * trashed or gone.
     */
    @Transactional
    public Optional<Long> replyAsSite(long commentId, String text, String name, String email, String moderator) {
        String body = text == null ? "" : text.strip();
        var parent = store.find(commentId)
                .filter(c -> c.status() == CommentStatus.PENDING || c.status() == CommentStatus.APPROVED);
        if (parent.isEmpty() || body.isEmpty() || body.length() > CommentFields.MAX_BODY) {
            return Optional.empty();
        }
        if (parent.get().status() == CommentStatus.PENDING) {
            change(parent.get(), CommentStatus.APPROVED, "approve", moderator);
        }
        Instant now = clock.instant();
        long articleId = parent.get().articleId();
        long id = store.insert(articleId, commentId, name, email.toLowerCase(Locale.ROOT), "", null, null, body,
                CommentBody.toHtml(body), CommentStatus.APPROVED, "", null, false, null, now);
        store.recordModeration(id, "reply", moderator, "", now);
        events.publishEvent(new CommentPosted(id, articleId, commentId, CommentStatus.APPROVED));
        return Optional.of(id);
    }

    public List<ModerationRecord> history(long commentId) {
        return store.moderationHistory(commentId);
    }

    private void change(long commentId, CommentStatus to, String action, String moderator) {
        change(find(commentId), to, action, moderator);
    }

    private void change(StoredComment comment, CommentStatus to, String action, String moderator) {
        long commentId = comment.id();
        Instant now = clock.instant();
        lessons.teach(comment, to);
        store.setStatus(commentId, to, now);
        store.recordModeration(commentId, action, moderator, "", now);
        events.publishEvent(new CommentModerated(commentId, comment.articleId(), comment.status(), to));
    }

    private StoredComment find(long commentId) {
        return store.find(commentId).orElseThrow(() -> new CommentNotFound(commentId));
    }
}
