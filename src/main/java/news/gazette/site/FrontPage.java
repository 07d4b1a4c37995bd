package news.gazette.site;

import java.util.List;

/** The model of {@code site/front.jte}: the latest articles, newest first. */
public record FrontPage(Head head, Masthead masthead, List<ArticleCard> articles, Pagination pagination) {
}
