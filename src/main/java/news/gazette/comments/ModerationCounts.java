package news.gazette.comments;

/** How many comments each moderation queue holds. */
public record ModerationCounts(long pending, long approved, long spam, long trash) {

    public long of(CommentStatus status) {
        return switch (status) {
            case PENDING -> pending;
            case APPROVED -> approved;
            case SPAM -> spam;
            case TRASH -> trash;
        };
    }
}
