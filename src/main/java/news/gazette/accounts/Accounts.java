package news.gazette.accounts;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts module's front door. Emails are compared without regard to case. Passwords are kept only as
 * Argon2id hashes; nothing here returns one.
 */
@Service
public class Accounts {

    private final AccountStore store;
    private final PasswordEncoder passwords;
    private final Clock clock;

    Accounts(AccountStore store, PasswordEncoder passwords, Clock clock) {
        this.store = store;
        this.passwords = passwords;
        this.clock = clock;
    }

    public Optional<Account> find(String email) {
        return store.findCredentials(normalise(email)).map(AccountStore.Credentials::account);
    }

    /** Creates the first administrator with this password, unless any account exists already. */
    @Transactional
    public Optional<Account> createFirstAdministrator(String email, String displayName, String password) {
        if (!store.isEmpty()) {
            return Optional.empty();
        }
        String normalised = normalise(email);
        long id = store.insert(normalised, displayName, passwords.encode(password), Role.ADMINISTRATOR, clock.instant());
        return Optional.of(new Account(id, normalised, displayName, Role.ADMINISTRATOR));
    }

    static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
