package news.gazette.comments;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a moderator can do to several comments at once, and where each action leaves a comment. */
public enum ModerationAction {
    APPROVE(CommentStatus.APPROVED),
    UNAPPROVE(CommentStatus.PENDING),
    SPAM(CommentStatus.SPAM),
    TRASH(CommentStatus.TRASH),
    /** Out of the spam or the trash, back to waiting for moderation. */
    RESTORE(CommentStatus.PENDING),
    /** For good: the comment is gone, its replies move up to its parent. */
    DELETE(null);

    private final CommentStatus result;

    ModerationAction(CommentStatus result) {
        this.result = result;
    }

    /** The status a comment has after this action; null for {@link #DELETE}. */
    public CommentStatus result() {
        return result;
    }

    /** The action's name in forms, addresses and the moderation record: "approve", "spam". */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ModerationAction> named(String word) {
        return Arrays.stream(values()).filter(action -> action.word().equals(word)).findFirst();
    }

    /** The actions that move a comment with this status somewhere else, the likeliest first. */
    public static List<ModerationAction> offeredFor(CommentStatus status) {
        return switch (status) {
            case PENDING -> List.of(APPROVE, SPAM, TRASH);
            case APPROVED -> List.of(UNAPPROVE, SPAM, TRASH);
            case SPAM, TRASH -> List.of(RESTORE, DELETE);
        };
    }
}
