package news.gazette.accounts;

import java.util.Optional;

/** What a new password must be: at least 12 characters, at most 256, and not the account's email address. */
final class PasswordRules {

    static final int MINIMUM = 12;
    static final int MAXIMUM = 256;

    private PasswordRules() {
    }

    /** What is wrong with {@code password} as the new password of the account with {@code email}, if anything. */
    static Optional<String> problem(String email, String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Enter a new password");
        }
        // characters as people count them: an emoji is one, not two UTF-16 units
        int length = password.codePointCount(0, password.length());
        if (length < MINIMUM) {
            return Optional.of("Password must be at least " + MINIMUM + " characters");
        }
        if (length > MAXIMUM) {
            return Optional.of("Password must be " + MAXIMUM + " characters or fewer");
        }
        if (password.strip().equalsIgnoreCase(Accounts.normalise(email))) {
            return Optional.of("Password must not be your email address");
        }
        return Optional.empty();
    }
}
