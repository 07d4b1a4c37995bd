package news.gazette.newsroom;

import news.gazette.accounts.FieldErrors;

/**
 * The model of {@code newsroom/account.jte}: changing the password, two-factor sign-in on or off, and new recovery
 * codes. Errors are by field, of whichever form was sent; {@code notice} says what just changed, or is null.
 *
 * @param recoveryCodesLeft how many unused recovery codes the account has; 0 while two-factor is off
 */
public record AccountPage(NewsroomChrome chrome, String email, boolean twoFactorOn, int recoveryCodesLeft,
                          FieldErrors errors, String notice) {
}
