package news.gazette.publishing;

import java.time.Instant;

/** One line of the newsroom's article list. {@code publishedAt} is null for an article never given a time. */
public record DeskArticle(long id, String title, String slug, ArticleStatus status, String authorName,
                          String categoryName, Instant publishedAt, Instant updatedAt) {
}
