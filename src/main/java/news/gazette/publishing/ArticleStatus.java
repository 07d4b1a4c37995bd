package news.gazette.publishing;

/**
 * Where an article stands. A scheduled article becomes public by itself once its time has come; a pending one waits
 * for an editor's review; a trashed one is kept, out of sight, until someone restores it.
 */
public enum ArticleStatus {
    DRAFT, PENDING, SCHEDULED, PUBLISHED, TRASH;

    /** The word stored and used in addresses: "draft", "pending", … */
    public String column() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static ArticleStatus ofColumn(String value) {
        return valueOf(value.toUpperCase(java.util.Locale.ROOT));
    }

    /** Whether readers may see an article in this status once its publish time has come. */
    boolean isPublicInTime() {
        return this == SCHEDULED || this == PUBLISHED;
    }
}
