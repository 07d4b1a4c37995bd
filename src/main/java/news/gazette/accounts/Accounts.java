package news.gazette.accounts;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts module's front door. Emails are compared without regard to case. Passwords are kept only as
 * Argon2id hashes; nothing here returns one. Two-factor sign-in is {@link TwoFactor}'s.
 */
@Service
public class Accounts {

    private final AccountStore store;
    private final PasswordEncoder passwords;
    private final PasswordCheck passwordCheck;
    private final SignInThrottle throttle;
    private final Clock clock;

    Accounts(AccountStore store, PasswordEncoder passwords, PasswordCheck passwordCheck, SignInThrottle throttle,
             Clock clock) {
        this.store = store;
        this.passwords = passwords;
        this.passwordCheck = passwordCheck;
        this.throttle = throttle;
        this.clock = clock;
    }

    /** The active account with this email; a disabled one is not found. */
    public Optional<Account> find(String email) {
        return store.findCredentials(normalise(email)).map(AccountStore.Credentials::account);
    }

    /**
     * Creates an account; {@code authorId} links it to a public author profile, or is null. Rejects an email that
     * has an account already, and a password that breaks the rules (see {@link #changePassword}).
     */
    @Transactional
    public Account create(String email, String displayName, String password, Role role, Long authorId) {
        String normalised = normalise(email);
        if (store.emailTaken(normalised)) {
            throw new IllegalArgumentException("email already has an account");
        }
        PasswordRules.problem(normalised, password).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        long id = store.insert(normalised, displayName, passwords.encode(password), role, authorId, clock.instant());
        return new Account(id, normalised, displayName, role);
    }

    /**
     * Changes the password of the account with {@code email}, once {@code currentPassword} is its password and
     * {@code newPassword} keeps the rules: at least 12 characters, and not the email. Returns the errors by field
     * ({@code currentPassword}, {@code newPassword}); empty when changed. Every session of the account, the
     * caller's too, ends at its next request, and any reset links stop working. Wrong current passwords count
     * against the account like failed sign-ins.
     */
    @Transactional
    public FieldErrors changePassword(String email, String currentPassword, String newPassword) {
        String normalised = normalise(email);
        var errors = new LinkedHashMap<String, String>();
        if (currentPassword == null || currentPassword.isEmpty()) {
            errors.put("currentPassword", "Enter your current password");
        }
        PasswordRules.problem(normalised, newPassword).ifPresent(problem -> errors.put("newPassword", problem));
        if (!errors.isEmpty()) {
            return new FieldErrors(errors);
        }
        var wait = throttle.waitFor(normalised, null);
        if (wait.isPresent()) {
            return FieldErrors.of("currentPassword", SignInThrottle.message(wait.get()));
        }
        var credentials = passwordCheck.check(normalised, currentPassword);
        if (credentials.isEmpty()) {
            throttle.failed(normalised, null);
            return FieldErrors.of("currentPassword", "Your current password is incorrect");
        }
        long id = credentials.get().account().id();
        store.setPasswordHash(id, passwords.encode(newPassword));
        store.deleteResetTokens(id);
        return FieldErrors.none();
    }

    /** Where to tell moderators of comments awaiting them: active administrators, editors and moderators. */
    public List<String> moderatorEmails() {
        return store.emailsWithRoles(Arrays.stream(Role.values()).filter(Role::moderatesComments).toList());
    }

    /** The email of the active account behind a public author profile, if one is linked. */
    public Optional<String> emailOfAuthor(long authorId) {
        return store.emailOfAuthor(authorId);
    }

    /** The public author profile the account with this email writes under, if one is linked. */
    public Optional<Long> authorIdOf(String email) {
        return store.authorIdOf(normalise(email));
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
