package news.gazette.accounts;

import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import news.gazette.accounts.AccountStore.Credentials;
import news.gazette.platform.SiteKeys;

/**
 * Checks a password against an account's Argon2id hash. For an email with no account it checks the password
 * against a decoy hash, so an unknown email takes as long to refuse as a wrong password and timing tells nobody
 * which emails have accounts.
 */
@Component
class PasswordCheck {

    private final AccountStore store;
    private final PasswordEncoder encoder;
    private final String decoy;

    PasswordCheck(AccountStore store, PasswordEncoder encoder, SiteKeys keys) {
        this.store = store;
        this.encoder = encoder;
        this.decoy = encoder.encode(keys.randomToken());
    }

    /** The account with this (normalised) email, if {@code password} is its password. */
    Optional<Credentials> check(String email, String password) {
        var credentials = store.findCredentials(email);
        String hash = credentials.map(Credentials::passwordHash).orElse(decoy);
        boolean matches = encoder.matches(password == null ? "" : password, hash);
        return matches ? credentials : Optional.empty();
    }

    String hash(String password) {
        return encoder.encode(password);
    }
}
