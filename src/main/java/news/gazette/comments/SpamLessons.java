package news.gazette.comments;

import java.util.Objects;

import org.springframework.stereotype.Component;

import news.gazette.comments.spam.CommentText;
import news.gazette.comments.spam.SpamFilter;

/**
 * What moderators' decisions teach the spam filter. Approving a comment says it is not spam; marking it spam says
 * it is; restoring it from the spam takes that back. The filter is taught each comment at most once, and untaught
 * when the decision is reversed.
 */
@Component
class SpamLessons {

    private final CommentStore store;
    private final SpamFilter spamFilter;

    SpamLessons(CommentStore store, SpamFilter spamFilter) {
        this.store = store;
        this.spamFilter = spamFilter;
    }

    /** Call before the comment's status changes to {@code to}, in the same transaction. */
    void teach(StoredComment comment, CommentStatus to) {
        String taught = store.learnedAs(comment.id());
        String lesson = switch (to) {
            case APPROVED -> "ham";
            case SPAM -> "spam";
            case PENDING -> comment.status() == CommentStatus.SPAM ? null : taught;
            case TRASH -> taught;
        };
        if (Objects.equals(taught, lesson)) {
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

    /**
     * Call when a comment the filter may have been taught changes what it says: the filter unlearns the old words and
     * learns the new ones, so undoing the decision later takes back exactly what was taught.
     */
    void retell(StoredComment before, StoredComment after) {
        String taught = store.learnedAs(before.id());
        if (taught != null) {
            spamFilter.unlearn(Comments.spamText(before), taught.equals("spam"));
            spamFilter.learn(Comments.spamText(after), taught.equals("spam"));
        }
    }
}
