package news.gazette.comments;

/** A moderator changed a comment: its status went from {@code before} to {@code after} (equal for an edit). */
public record CommentModerated(long commentId, long articleId, CommentStatus before, CommentStatus after) {

    /** Whether readers can see the change: the comment was or is public. */
    public boolean touchesPublicPages() {
        return before == CommentStatus.APPROVED || after == CommentStatus.APPROVED;
    }
}
