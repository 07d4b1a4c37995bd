package news.gazette.comments;

import java.util.List;

/**
 * One comment as the moderation desk opens it: what the queue shows, its text as written (for editing), and every
 * moderation action on it, oldest first. For the newsroom only, like {@link ModerationItem}.
 */
public record CommentDetail(ModerationItem item, CommentEdit asWritten, List<ModerationRecord> history) {
}
