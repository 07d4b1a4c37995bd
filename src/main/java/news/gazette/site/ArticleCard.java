package news.gazette.site;

/**
 * An article in a list: headline, when, who, where it is filed, how many comments, its excerpt, and its featured
 * image (null for none).
 */
public record ArticleCard(String title, String url, String excerpt, Dateline dateline, Link author, Link category,
                          long comments, FeaturedImage image) {
}
