package news.gazette.accounts;

/**
 * The model of {@code accounts/forgotPassword.jte}: asking for a reset link, or, once {@code sent}, the answer
 * that is the same whether or not the email has an account.
 */
public record ForgotPasswordPage(SignInChrome chrome, String email, FieldErrors errors, String problem, boolean sent) {
}
