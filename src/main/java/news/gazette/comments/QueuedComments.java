package news.gazette.comments;

import java.util.List;

/**
 * One page of a moderation queue: the comments with {@code status} that match {@code search} (empty: all).
 *
 * @param total how many comments match on all pages together
 */
public record QueuedComments(CommentStatus status, String search, List<ModerationItem> items, int page,
                             int totalPages, long total) {
}
