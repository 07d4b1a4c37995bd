package news.gazette.publishing;

/**
 * Which articles the newsroom's list shows; a null field does not filter. Without a status every article but the
 * trashed ones is shown. {@code search} is matched in titles, ignoring case.
 */
public record DeskFilter(ArticleStatus status, Long authorId, Long categoryId, String search) {
}
