package news.gazette.publishing;

import java.time.Instant;
import java.util.List;

/**
 * An article as readers see it. {@code bodyHtml} has been sanitised when it was saved and may be written
 * to a page as it is; every other text field is plain text and must be escaped. {@code featuredImageId} is the id of
 * an image in the media library, or null for none; the image may have been deleted since.
 */
public record Article(long id, String slug, String title, String excerpt, String bodyHtml,
                      ArticleStatus status, Instant publishedAt, Author author, Category category,
                      List<Tag> tags, boolean commentsOpen, Instant createdAt, Instant updatedAt,
                      Long featuredImageId) {
}
