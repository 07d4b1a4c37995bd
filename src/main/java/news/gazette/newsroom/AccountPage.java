package news.gazette.newsroom;

import news.gazette.accounts.FieldErrors;

/**
 * The model of {@code newsroom/account.jte}: changing the password, and two-factor sign-in on or off. Errors are
 * by field, of whichever form was sent; {@code notice} says what just changed, or is null.
 */
public record AccountPage(NewsroomChrome chrome, String email, boolean twoFactorOn, FieldErrors errors,
                          String notice) {
}
