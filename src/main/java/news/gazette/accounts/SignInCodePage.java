package news.gazette.accounts;

/** The model of {@code accounts/signInCode.jte}: the second step, with the ticket from the first. */
public record SignInCodePage(SignInChrome chrome, String ticket, FieldErrors errors, String problem) {
}
