package news.gazette.comments;

import java.time.Instant;

/** A comment row with everything it holds, email and IP included; never leaves this module as it is. */
record StoredComment(long id, long articleId, Long parentId, String authorName, String authorEmail, String authorUrl,
                     String authorIp, String userAgent, String body, String bodyHtml, CommentStatus status,
                     String heldReason, Double spamScore, boolean notifyReplies, String unsubscribeToken,
                     Instant createdAt) {

    /** The same comment saying something else, or under another name. */
    StoredComment rewritten(String name, String email, String website, String newBody, String newBodyHtml) {
        return new StoredComment(id, articleId, parentId, name, email, website, authorIp, userAgent, newBody, newBodyHtml,
                status, heldReason, spamScore, notifyReplies, unsubscribeToken, createdAt);
    }
}
