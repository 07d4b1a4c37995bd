package news.gazette.publishing;

/** One line of a comparison between two revisions: kept as it was, removed, or added. */
public record DiffLine(Change change, String text) {

    public enum Change { SAME, REMOVED, ADDED }
}
