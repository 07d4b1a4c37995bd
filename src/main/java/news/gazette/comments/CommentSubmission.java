package news.gazette.comments;

/**
 * What a reader sent, as it arrived: every text field may be null, blank, too long or hostile.
 *
 * @param parentId the comment replied to, or null for a new thread
 * @param honeypot a field people never see; anything in it means a robot filled the form
 * @param formToken the token the form was served with, which says when and for which article
 * @param ipAddress where it came from, kept for moderation only
 */
public record CommentSubmission(long articleId, Long parentId, String body, String name, String email, String website,
                                boolean notifyReplies, String honeypot, String formToken, String ipAddress,
                                String userAgent) {
}
