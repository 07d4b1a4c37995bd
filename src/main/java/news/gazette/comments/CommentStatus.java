package news.gazette.comments;

import java.util.Locale;

/** Where a comment stands. Only approved comments are public and counted. */
public enum CommentStatus {
    PENDING, APPROVED, SPAM, TRASH;

    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    static CommentStatus ofColumn(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
