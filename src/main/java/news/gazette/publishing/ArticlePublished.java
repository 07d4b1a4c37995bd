package news.gazette.publishing;

/** An article became public: filed as published, or its scheduled time came. */
public record ArticlePublished(long articleId, String slug) {
}
