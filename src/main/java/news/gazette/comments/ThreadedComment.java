package news.gazette.comments;

import java.util.List;

/** A comment in its thread: how deep it sits (1 for a top-level comment), whether it takes replies, its replies. */
public record ThreadedComment(Comment comment, int depth, boolean canReply, List<ThreadedComment> replies) {
}
