package news.gazette.publishing;

/**
 * An article was saved or changed status in the newsroom: what readers see of it may have changed, even if it is
 * not public now (it may just have stopped being so).
 */
public record ArticleChanged(long articleId) {
}
