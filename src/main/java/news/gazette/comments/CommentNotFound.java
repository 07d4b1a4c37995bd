package news.gazette.comments;

/** A moderation action named a comment that does not exist (any more). */
public class CommentNotFound extends RuntimeException {

    public CommentNotFound(long commentId) {
        super("No comment " + commentId);
    }
}
