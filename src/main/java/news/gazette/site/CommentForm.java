package news.gazette.site;

/**
 * What the "Leave a Reply" form posts, field by field, as WordPress names them: {@code comment_post_ID},
 * {@code comment_parent}, {@code comment}, {@code author}, {@code email}, {@code url}. {@code homepage} is the
 * field hidden from people.
 */
record CommentForm(String articleId, String parentId, String comment, String author, String email, String url,
                   String remember, String notifyReplies, String homepage, String formToken) {

    long article() {
        return articleId != null && articleId.matches("\\d{1,18}") ? Long.parseLong(articleId) : -1;
    }

    Long parent() {
        return parentId != null && parentId.matches("[1-9]\\d{0,17}") ? Long.valueOf(parentId) : null;
    }

    boolean remembers() {
        return remember != null;
    }

    boolean notifies() {
        return notifyReplies != null;
    }
}
