package news.gazette.accounts;

/**
 * The model of {@code accounts/resetPassword.jte}: choosing a new password through an emailed link. While the link
 * works, {@code email} is the account's (for password managers); when it does not, the page says so.
 */
public record ResetPasswordPage(SignInChrome chrome, String token, String email, FieldErrors errors,
                                boolean linkWorks) {
}
