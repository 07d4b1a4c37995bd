package news.gazette.accounts;

/**
 * The model of {@code accounts/resetPassword.jte}: choosing a password through an emailed link, a new one or, for
 * an {@code invited} user, their first. While the link works, {@code email} is the account's (for password
 * managers); when it does not, the page says so.
 */
public record ResetPasswordPage(SignInChrome chrome, String token, String email, boolean invited, FieldErrors errors,
                                boolean linkWorks) {

    /** The page's heading while the link works. */
    public String heading() {
        return invited ? "Choose your password" : "Choose a new password";
    }
}
