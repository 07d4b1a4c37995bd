package news.gazette.site;

/** An article in a list: headline, when, who, where it is filed, how many comments, and its excerpt. */
public record ArticleCard(String title, String url, String excerpt, Dateline dateline, Link author, Link category,
                          long comments) {
}
