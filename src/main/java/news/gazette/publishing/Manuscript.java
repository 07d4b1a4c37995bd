package news.gazette.publishing;

import java.time.Instant;
import java.util.List;

/**
 * An article as the editor opens it: its Markdown source and everything the form shows, in any status.
 * {@code featuredImageId} is the id of an image in the media library, or null for none.
 */
public record Manuscript(long id, String title, String slug, String body, String excerpt, long authorId,
                         long categoryId, List<String> tags, boolean commentsOpen, ArticleStatus status,
                         Instant publishedAt, Instant updatedAt, Long featuredImageId) {
}
