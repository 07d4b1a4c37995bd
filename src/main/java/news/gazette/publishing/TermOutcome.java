package news.gazette.publishing;

import java.util.Map;

/**
 * What became of a change to a category, tag or author profile: its id when done (the tag merged into, after a
 * merge); otherwise the problems by field ("name", "slug", "description", "into"), or a refusal that says why.
 */
public record TermOutcome(Long id, Map<String, String> errors, String refusal) {

    static TermOutcome done(long id) {
        return new TermOutcome(id, Map.of(), null);
    }

    static TermOutcome rejected(Map<String, String> errors) {
        return new TermOutcome(null, Map.copyOf(errors), null);
    }

    static TermOutcome refused(String refusal) {
        return new TermOutcome(null, Map.of(), refusal);
    }

    public boolean isDone() {
        return id != null;
    }

    public boolean isRefused() {
        return refusal != null;
    }
}
