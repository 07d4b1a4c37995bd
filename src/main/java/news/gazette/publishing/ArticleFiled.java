package news.gazette.publishing;

import java.time.Instant;

/** A new article was filed, in any status; {@code publishAt} is null for a draft without a time. */
public record ArticleFiled(long articleId, String slug, ArticleStatus status, Instant publishAt) {
}
