package news.gazette.comments.spam;

/**
 * What the spam filter looks at in a comment. A missing field is taken as empty; the website may be given with or
 * without its scheme. Learning and unlearning must be given the same text the comment had when it was judged.
 */
public record CommentText(String body, String authorName, String authorEmail, String authorUrl, String userAgent) {

    public CommentText {
        body = body == null ? "" : body;
        authorName = authorName == null ? "" : authorName;
        authorEmail = authorEmail == null ? "" : authorEmail;
        authorUrl = authorUrl == null ? "" : authorUrl;
        userAgent = userAgent == null ? "" : userAgent;
    }
}
