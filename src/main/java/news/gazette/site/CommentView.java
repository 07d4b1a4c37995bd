package news.gazette.site;

import java.util.List;

/**
 * A comment as the article page shows it. {@code bodyHtml} was escaped and linked when the comment was posted;
 * the author's name and website are plain text. There is no email here, by design.
 */
public record CommentView(long id, String authorName, String authorUrl, String avatarUrl, Dateline dateline,
                          String bodyHtml, boolean awaitingModeration, boolean canReply, String replyUrl,
                          int depth, List<CommentView> replies) {

    public String anchor() {
        return "comment-" + id;
    }
}
