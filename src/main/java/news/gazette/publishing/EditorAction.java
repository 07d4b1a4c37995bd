package news.gazette.publishing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What saving does to an article's status. {@code SAVE} keeps it (a new article starts as a draft);
 * {@code SUBMIT} asks for review; {@code PUBLISH} makes it public now; {@code SCHEDULE} at a time to come.
 */
public enum EditorAction {
    SAVE, SUBMIT, PUBLISH, SCHEDULE;

    /** The action a form's button names ("publish"), if it names one. */
    public static Optional<EditorAction> named(String word) {
        return Arrays.stream(values()).filter(action -> action.word().equals(word)).findFirst();
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
