package news.gazette.comments;

import java.util.List;

/**
 * One page of an article's comments, oldest thread first: the top-level comments of this page with all their
 * replies. {@code page} counts from 1; {@code totalPages} is at least 1.
 */
public record CommentThread(List<ThreadedComment> comments, int page, int totalPages, long approvedCount) {
}
