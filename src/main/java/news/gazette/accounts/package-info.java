/**
 * The people who run the site: accounts with an email, an Argon2id password hash and one role; signing in (with a
 * code from an authenticator app, or a single-use recovery code, where two-factor is on), throttled per account and per address; signing out;
 * changing and resetting passwords; the first administrator created on the first start; the security filter
 * chains; and, for administrators, managing users: inviting them by mail, their roles, disabling them. The public
 * site keeps no session: only a signed-in person has one, and only on the newsroom's addresses.
 * {@link news.gazette.accounts.Accounts}, {@link news.gazette.accounts.TwoFactor}, {@link news.gazette.accounts.Users}
 * and {@link news.gazette.accounts.UserAccess} are the doors in.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "platform")
package news.gazette.accounts;
