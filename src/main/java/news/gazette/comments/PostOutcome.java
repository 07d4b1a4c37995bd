package news.gazette.comments;

import java.util.Map;

/** What became of a submission. */
public sealed interface PostOutcome {

    /** Stored. {@code comment.status()} says whether it is public or awaits moderation (or was taken for spam). */
    record Accepted(Comment comment) implements PostOutcome {
    }

    /** Not stored: these fields need fixing. Keys are form field names, values sentences for the reader. */
    record Invalid(Map<String, String> fieldErrors) implements PostOutcome {
    }

    /** Not stored, for a reason that is no single field's fault. */
    record Refused(Refusal reason, String message) implements PostOutcome {
    }

    enum Refusal {
        CLOSED, TOO_FAST, DUPLICATE, EXPIRED_FORM
    }
}
