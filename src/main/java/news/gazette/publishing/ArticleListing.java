package news.gazette.publishing;

import java.util.List;

/**
 * One page of a list of public articles, newest first. {@code page} counts from 1; {@code totalPages}
 * is at least 1, so an empty list still has a first page to show its empty state on.
 */
public record ArticleListing(List<ArticleSummary> articles, int page, int totalPages, long totalArticles) {

    public boolean isEmpty() {
        return articles.isEmpty();
    }

    static int pagesFor(long total, int pageSize) {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
