package news.gazette.comments;

/**
 * Who is reading a thread, as far as they have proved it: the email of their signed "remember me" cookie, and the
 * one comment a signed moderation link names. An anonymous reader has neither and sees approved comments only.
 */
public record CommentViewer(String email, long commentId) {

    public static final CommentViewer ANONYMOUS = new CommentViewer(null, 0);
}
