package news.gazette.comments;

/** What came of blocking an email or IP address typed by hand. */
public sealed interface BlockOutcome {

    /** Blocked from now on; {@code value} as it is kept (lower case, or the canonical address or range). */
    record Blocked(String value) implements BlockOutcome {
    }

    /** It was blocked already; nothing changed. */
    record AlreadyBlocked(String value) implements BlockOutcome {
    }

    /** Not an email address, IP address or range that may be blocked: {@code message} says why, for the form. */
    record Invalid(String message) implements BlockOutcome {
    }
}
