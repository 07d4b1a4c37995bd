package news.gazette.accounts;

/**
 * A new authenticator key, not yet in force: {@code secret} in base32 as apps take it, the same in groups of four
 * for reading aloud or typing, and the otpauth:// URI that adds it to an app in one go.
 */
public record TwoFactorSetup(String secret, String secretInGroups, String uri) {
}
