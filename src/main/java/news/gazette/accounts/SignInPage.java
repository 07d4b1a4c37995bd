package news.gazette.accounts;

/**
 * The model of {@code accounts/signIn.jte}: the email as typed (never the password), errors by field, a problem
 * with the whole attempt, and a notice such as "You have signed out", each null when there is none.
 */
public record SignInPage(SignInChrome chrome, String email, FieldErrors errors, String problem, String notice) {
}
