package news.gazette.publishing;

import java.time.Instant;

/** An article as a list shows it: no body, no tags; {@code featuredImageId} as in {@link Article}. */
public record ArticleSummary(long id, String slug, String title, String excerpt, Instant publishedAt,
                             Author author, Category category, Long featuredImageId) {
}
