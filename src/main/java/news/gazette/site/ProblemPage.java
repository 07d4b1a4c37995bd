package news.gazette.site;

/** The model of {@code site/problem.jte}: a page that could not be shown, and a way back. */
public record ProblemPage(Head head, Masthead masthead, int status, String heading, String message) {
}
