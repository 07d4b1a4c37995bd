package news.gazette.comments;

import java.time.Instant;

/**
 * A comment as the moderation desk shows it: with the commenter's email and IP address, why it was held, the
 * article it is on and the comment it answers. For the newsroom only: public pages show {@link Comment}, which
 * carries neither address. {@code bodyHtml} is escaped and linked already; every other text is plain text to escape.
 *
 * @param authorIp null once addresses were forgotten, or for a reply written in the newsroom
 * @param heldReason the rule that held or rejected it; empty when none did
 * @param spamScore the spam filter's estimate (0 to 1) when it came in; null when it was not asked
 * @param inReplyTo the comment it answers; null for a new thread
 */
public record ModerationItem(long id, CommentStatus status, Instant createdAt, String authorName, String authorEmail,
                             String authorUrl, String authorIp, String bodyHtml, String heldReason, Double spamScore,
                             OnArticle article, InReplyTo inReplyTo) {

    /** The article a comment is on; {@code path} is null when readers cannot see the article (any more). */
    public record OnArticle(long id, String title, String path) {
    }

    public record InReplyTo(long id, String authorName, String bodyHtml) {
    }
}
