package news.gazette.accounts;

/**
 * The model of {@code accounts/signInCode.jte}: the second step, with the ticket from the first. It asks for the
 * app's code, or, with {@code recovery}, for a recovery code; either kind is taken either way.
 */
public record SignInCodePage(SignInChrome chrome, String ticket, FieldErrors errors, String problem, boolean recovery) {
}
