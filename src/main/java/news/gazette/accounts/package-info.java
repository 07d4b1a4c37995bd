/**
 * The people who run the site: accounts with an email, an Argon2id password hash and one role, sign-in and
 * sign-out, and the first administrator created on the first start. The public site keeps no session: only a
 * signed-in person has one, and only on the newsroom's addresses.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "platform")
package news.gazette.accounts;
