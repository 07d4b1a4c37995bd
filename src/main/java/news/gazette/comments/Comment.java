package news.gazette.comments;

import java.time.Instant;

/**
 * A comment as pages show it. It carries no email address: {@code avatarKey} is a keyed hash that names the
 * commenter's generated avatar and cannot be turned back into the address. {@code bodyHtml} is escaped and linked
 * already; {@code authorName} and {@code authorUrl} are plain text to escape.
 */
public record Comment(long id, long articleId, Long parentId, String authorName, String authorUrl, String avatarKey,
                      String bodyHtml, CommentStatus status, Instant createdAt) {

    public boolean isAwaitingModeration() {
        return status == CommentStatus.PENDING;
    }
}
