package news.gazette.publishing;

/** Where an article stands. A scheduled article becomes public by itself once its time has come. */
public enum ArticleStatus {
    DRAFT, SCHEDULED, PUBLISHED;

    String column() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static ArticleStatus ofColumn(String value) {
        return valueOf(value.toUpperCase(java.util.Locale.ROOT));
    }
}
