package news.gazette.site;

/** The model of {@code site/unsubscribe.jte}: confirm stopping reply emails, or say it is done. */
public record UnsubscribePage(Head head, Masthead masthead, String token, boolean done, boolean known) {
}
