package news.gazette.accounts;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
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

    /**
     * Creates an account; {@code authorId} links it to a public author profile, or is null. Rejects an email that
     * has an account already.
     */
    @Transactional
    public Account create(String email, String displayName, String password, Role role, Long authorId) {
        String normalised = normalise(email);
        if (store.findCredentials(normalised).isPresent()) {
            throw new IllegalArgumentException("email already has an account");
        }
        long id = store.insert(normalised, displayName, passwords.encode(password), role, authorId, clock.instant());
        return new Account(id, normalised, displayName, role);
    }

    /** Where to tell moderators of comments awaiting them: administrators, editors and moderators. */
    public List<String> moderatorEmails() {
        return store.emailsWithRoles(Arrays.stream(Role.values()).filter(Role::moderatesComments).toList());
    }

    /** The email of the account behind a public author profile, if one is linked. */
    public Optional<String> emailOfAuthor(long authorId) {
        return store.emailOfAuthor(authorId);
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
