package news.gazette.site;

import java.util.List;

/**
 * The model of {@code site/article.jte}. {@code bodyHtml} was sanitised when the article was saved;
 * {@code comments} counts approved comments only.
 */
public record ArticlePage(Head head, Masthead masthead, String title, Dateline dateline, Link author, Link category,
                          List<Link> tags, String bodyHtml, long comments, boolean commentsOpen) {
}
