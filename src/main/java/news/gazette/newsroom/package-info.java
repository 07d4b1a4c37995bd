/**
 * Where editors, authors and moderators work. For now its home page, behind sign-in, says who is signed in and
 * lets them sign out, and "Your account" lets them change their password and turn two-factor sign-in on or off
 * (the rules are the accounts module's); the editor, the moderation desk and the settings grow here.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "accounts"})
package news.gazette.newsroom;
