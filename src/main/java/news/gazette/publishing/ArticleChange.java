package news.gazette.publishing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A change of status the article list applies to many articles at once; see {@link ArticleLifecycle}. */
public enum ArticleChange {
    PUBLISH, UNPUBLISH, TRASH, RESTORE;

    /** The change a form names ("trash"), if it names one. */
    public static Optional<ArticleChange> named(String word) {
        return Arrays.stream(values()).filter(change -> change.word().equals(word)).findFirst();
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
