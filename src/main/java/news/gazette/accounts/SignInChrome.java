package news.gazette.accounts;

/** What every signed-out page (sign in, forgotten password) shows around its form, and the form's CSRF token. */
public record SignInChrome(String siteTitle, String csrfParameter, String csrfToken) {
}
