package news.gazette.site;

import java.util.List;

/**
 * The model of {@code site/article.jte}. {@code featuredImage} is null when the article has none (or its image was
 * deleted); {@code bodyHtml} was sanitised when the article was saved;
 * {@code commentCount} counts approved comments only; {@code comments} is one page of the thread as this reader
 * may see it, and {@code form} is null when comments are closed.
 */
public record ArticlePage(Head head, Masthead masthead, String title, Dateline dateline, Link author, Link category,
                          List<Link> tags, FeaturedImage featuredImage, String bodyHtml, long commentCount,
                          List<CommentView> comments, Pagination commentPages, CommentFormState form) {
}
