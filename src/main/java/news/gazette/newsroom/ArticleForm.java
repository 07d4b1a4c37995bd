package news.gazette.newsroom;

import news.gazette.publishing.ArticleDraft;

/**
 * What the editor's form posts, as typed: ids stay text, so a tampered value is a field error and never a failed
 * binding. {@code featuredImageId} is empty for no featured image. {@code action} is the button pressed: "preview", or
 * an {@link news.gazette.publishing.EditorAction}.
 */
public record ArticleForm(String title, String slug, String body, String excerpt, String categoryId, String authorId,
                   String tags, String featuredImageId, String commentsOpen, String publishAt, String action) {

    static final ArticleForm EMPTY = new ArticleForm("", "", "", "", "", "", "", "", "on", "", "");

    /** No image has this id: a featured image that is not a number is reported as one not in the library. */
    private static final long NO_SUCH_IMAGE = 0L;

    ArticleDraft draft() {
        return new ArticleDraft(title, slug, body, excerpt, id(categoryId), id(authorId), tags,
                commentsOpen != null && !commentsOpen.isEmpty(), publishAt, featuredImage());
    }

    public String text(String value) {
        return value == null ? "" : value;
    }

    public boolean hasNoFeaturedImage() {
        return featuredImageId == null || featuredImageId.isBlank();
    }

    private Long featuredImage() {
        if (hasNoFeaturedImage()) {
            return null;
        }
        Long id = id(featuredImageId);
        return id == null ? NO_SUCH_IMAGE : id;
    }

    private static Long id(String value) {
        if (value == null || !value.strip().matches("\\d{1,18}")) {
            return null;
        }
        return Long.valueOf(value.strip());
    }
}
