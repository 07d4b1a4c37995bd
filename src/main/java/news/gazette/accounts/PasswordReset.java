package news.gazette.accounts;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import news.gazette.platform.SiteKeys;
import news.gazette.platform.SiteSettings;
import news.gazette.platform.mail.Mailer;
import news.gazette.platform.mail.OutgoingMail;

/**
 * Resetting a forgotten password by an emailed link. The link carries a random token; only a keyed hash of it is
 * stored. It works once, for {@code gazette.accounts.reset-link-valid-for}, and using it ends every other link of
 * the account. Asking for a link answers alike whether or not the email has an account. An administrator's
 * invitation to a new account, and a reset link an administrator sends, are the same kind of link.
 */
@Service
class PasswordReset {

    private static final String PURPOSE = "password-reset";

    /** What came of setting a new password through a link. */
    sealed interface Outcome {
        record Done() implements Outcome {
        }

        record Invalid(FieldErrors errors) implements Outcome {
        }

        record LinkDead() implements Outcome {
        }
    }

    private final AccountStore store;
    private final PasswordCheck passwords;
    private final SignInThrottle signInThrottle;
    private final AttemptLimit requestsPerAddress;
    private final AttemptLimit linksPerAccount;
    private final Mailer mailer;
    private final SiteKeys keys;
    private final SiteSettings site;
    private final AccountSettings settings;
    private final Clock clock;

    PasswordReset(AccountStore store, PasswordCheck passwords, SignInThrottle signInThrottle, Mailer mailer,
                  SiteKeys keys, SiteSettings site, AccountSettings settings, Clock clock) {
        this.store = store;
        this.passwords = passwords;
        this.signInThrottle = signInThrottle;
        this.requestsPerAddress = new AttemptLimit(settings.attemptsPerAddress(), settings.attemptWindow(), clock);
        this.linksPerAccount = new AttemptLimit(settings.attemptsPerAccount(), settings.attemptWindow(), clock);
        this.mailer = mailer;
        this.keys = keys;
        this.site = site;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Mails a reset link to {@code email} if it has an account. Empty when the request was taken (mail or not);
     * the wait when this address has asked too often. An account that has been sent its share of links within
     * the window gets no more until the window passes, and the answer does not say so.
     */
    @Transactional
    Optional<Duration> requestLink(String email, String address) {
        var wait = requestsPerAddress.waitFor(address);
        if (wait.isPresent()) {
            return wait;
        }
        requestsPerAddress.count(address);
        String normalised = Accounts.normalise(email);
        var credentials = store.findCredentials(normalised);
        if (credentials.isEmpty() || linksPerAccount.waitFor(normalised).isPresent()) {
            return Optional.empty();
        }
        linksPerAccount.count(normalised);
        mailLink(credentials.get().account(), "Reset your " + site.title() + " password", this::mailText);
        return Optional.empty();
    }

    /** Mails a new account its invitation: a link with which it chooses its first password. */
    void sendInvitation(Account account, String invitedBy) {
        String role = account.role().name().toLowerCase(Locale.ROOT);
        mailLink(account, "You are invited to the " + site.title() + " newsroom", link -> """
                %s has invited you to the %s newsroom as %s %s.

                To accept this invitation, choose your password with this link:

                %s

                The link works once, within %s. Then sign in at %s with this email address and your new password. \
                If the link has expired, ask for a new invitation, or use "Forgot your password?" on the sign-in page.
                """.formatted(invitedBy, site.title(), "aeiou".indexOf(role.charAt(0)) >= 0 ? "an" : "a", role, link,
                validFor(), site.absolute("/login")));
    }

    /** Mails the account a reset link an administrator sent; the limits on asking for links do not apply. */
    void sendResetLink(Account account) {
        mailLink(account, "Choose a new " + site.title() + " password", link -> """
                An administrator of %s has sent you this link to choose a new password for your newsroom account.

                To choose a new password, open this link:

                %s

                The link works once, within %s. Until you use it, your password stays as it is.
                """.formatted(site.title(), link, validFor()));
    }

    private void mailLink(Account account, String subject, UnaryOperator<String> text) {
        var now = clock.instant();
        store.deleteExpiredResetTokens(now);
        String token = keys.randomToken();
        store.insertResetToken(keys.hash(PURPOSE, token), account.id(), now.plus(settings.resetLinkValidFor()), now);
        mailer.send(new OutgoingMail(account.email(), subject, text.apply(site.absolute("/login/reset/" + token))));
    }

    /**
     * Whose password a link sets, while the link works: the account's email, and whether it is an invitation (the
     * account has never signed in), so the page can say "choose your password" rather than "a new password".
     */
    Optional<LinkHolder> holderOf(String token) {
        return store.findByResetToken(keys.hash(PURPOSE, token), clock.instant())
                .map(c -> new LinkHolder(c.account().email(), store.awaitsFirstSignIn(c.account().id())));
    }

    record LinkHolder(String email, boolean invited) {
    }

    /** Sets the password of the link's account and uses the link up; the password rules apply. */
    @Transactional
    Outcome reset(String token, String password) {
        String hash = keys.hash(PURPOSE, token);
        var credentials = store.findByResetToken(hash, clock.instant());
        if (credentials.isEmpty()) {
            return new Outcome.LinkDead();
        }
        var account = credentials.get().account();
        var problem = PasswordRules.problem(account.email(), password);
        if (problem.isPresent()) {
            return new Outcome.Invalid(FieldErrors.of("password", problem.get()));
        }
        if (store.takeResetToken(hash, clock.instant()).isEmpty()) {
            return new Outcome.LinkDead();
        }
        store.setPasswordHash(account.id(), passwords.hash(password));
        store.deleteResetTokens(account.id());
        // whoever reads the account's mail could reset the password anyway; the locked-out owner may sign in now
        signInThrottle.succeeded(account.email());
        return new Outcome.Done();
    }

    private String mailText(String link) {
        return """
                Someone, probably you, asked to reset the password of your %s newsroom account.

                To choose a new password, open this link:

                %s

                The link works once, within %s. If you did not ask for it, ignore this mail: your password stays \
                as it is.
                """.formatted(site.title(), link, validFor());
    }

    private String validFor() {
        Duration valid = settings.resetLinkValidFor();
        if (valid.toMinutesPart() == 0 && valid.toHours() > 0) {
            return valid.toHours() == 1 ? "1 hour" : valid.toHours() + " hours";
        }
        return AttemptLimit.minutes(valid);
    }
}
