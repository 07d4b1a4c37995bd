package news.gazette.accounts;

import java.util.List;

/**
 * What came of turning two-factor sign-in on or of asking for new recovery codes: the errors by field, or, when
 * there are none, the new recovery codes, to show the person once. They are kept nowhere else.
 */
public record TwoFactorChange(FieldErrors errors, List<String> recoveryCodes) {

    static TwoFactorChange refused(FieldErrors errors) {
        return new TwoFactorChange(errors, List.of());
    }

    public boolean isDone() {
        return errors.isEmpty();
    }
}
