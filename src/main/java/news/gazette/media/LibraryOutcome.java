package news.gazette.media;

import java.util.Map;

/**
 * What became of a change to an image in the library: done; or what is wrong by form field ("alt", "caption") and
 * nothing changed; or refused, with the reason in words (not the person's image, or still in use).
 */
public record LibraryOutcome(boolean isDone, Map<String, String> errors, String refusal) {

    public LibraryOutcome {
        errors = Map.copyOf(errors);
    }

    static LibraryOutcome done() {
        return new LibraryOutcome(true, Map.of(), null);
    }

    static LibraryOutcome rejected(Map<String, String> errors) {
        return new LibraryOutcome(false, errors, null);
    }

    static LibraryOutcome refused(String refusal) {
        return new LibraryOutcome(false, Map.of(), refusal);
    }

    public boolean isRefused() {
        return refusal != null;
    }
}
