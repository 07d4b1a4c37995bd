package news.gazette.newsroom;

import news.gazette.accounts.FieldErrors;
import news.gazette.accounts.TwoFactorSetup;

/** The model of {@code newsroom/twoFactorSetup.jte}: a new key for an authenticator app, and the code that proves it. */
public record TwoFactorSetupPage(NewsroomChrome chrome, TwoFactorSetup setup, FieldErrors errors) {
}
