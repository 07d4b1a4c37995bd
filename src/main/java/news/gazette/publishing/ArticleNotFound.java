package news.gazette.publishing;

/** The newsroom named an article that does not exist, or one the writer may not open: both look the same. */
public class ArticleNotFound extends RuntimeException {

    public ArticleNotFound(long articleId) {
        super("No article " + articleId + " for this writer");
    }
}
