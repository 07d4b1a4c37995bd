package news.gazette.publishing;

import java.time.Instant;
import java.util.List;

/**
 * What it takes to file an article. {@code body} is Markdown; an empty {@code excerpt} is drawn from the body.
 * A {@code SCHEDULED} or {@code PUBLISHED} article needs {@code publishAt}; a draft may leave it null.
 */
public record NewArticle(String title, String body, String excerpt, ArticleStatus status, Instant publishAt,
                         long authorId, long categoryId, List<String> tagNames, boolean commentsOpen) {
}
