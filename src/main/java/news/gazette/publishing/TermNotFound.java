package news.gazette.publishing;

/** The newsroom named a category, tag or author profile that does not exist, or one the writer may not edit. */
public class TermNotFound extends RuntimeException {

    public TermNotFound(String kind, long id) {
        super("No " + kind + " " + id + " for this writer");
    }
}
