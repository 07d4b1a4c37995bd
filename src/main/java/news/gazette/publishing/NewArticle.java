package news.gazette.publishing;

import java.time.Instant;
import java.util.List;

/**
 * What it takes to file an article. {@code body} is Markdown; an empty {@code excerpt} is drawn from the body.
 * A {@code SCHEDULED} or {@code PUBLISHED} article needs {@code publishAt}; a draft may leave it null.
 * {@code featuredImageId} is the id of an image in the media library, or null for none; it is stored as given.
 */
public record NewArticle(String title, String body, String excerpt, ArticleStatus status, Instant publishAt,
                         long authorId, long categoryId, List<String> tagNames, boolean commentsOpen,
                         Long featuredImageId) {

    /** An article without a featured image. */
    public NewArticle(String title, String body, String excerpt, ArticleStatus status, Instant publishAt,
                      long authorId, long categoryId, List<String> tagNames, boolean commentsOpen) {
        this(title, body, excerpt, status, publishAt, authorId, categoryId, tagNames, commentsOpen, null);
    }
}
