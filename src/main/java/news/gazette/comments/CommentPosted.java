package news.gazette.comments;

/** A reader's comment was stored, public or not as {@code status} says. */
public record CommentPosted(long commentId, long articleId, Long parentId, CommentStatus status) {
}
