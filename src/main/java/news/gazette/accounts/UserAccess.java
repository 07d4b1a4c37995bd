package news.gazette.accounts;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may get into the newsroom, for administrators: disabling a user (they cannot sign in, and every session they
 * have ends at its next request; enabling them again does not bring those back), enabling them, mailing them a
 * link to choose a password (a new invitation if they never signed in), and turning off the two-factor sign-in of
 * someone who lost their app. The same rules as {@link Users}: administrators only, unknown ids not found, never
 * without an active administrator, each change logged with who made it. Nobody disables themselves.
 */
@Service
public class UserAccess {

    private static final Logger log = LoggerFactory.getLogger(UserAccess.class);

    private final UserStore store;
    private final AccountStore accounts;
    private final UserChecks checks;
    private final PasswordReset links;
    private final Clock clock;

    UserAccess(UserStore store, AccountStore accounts, UserChecks checks, PasswordReset links, Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.checks = checks;
        this.links = links;
        this.clock = clock;
    }

    /** Disables an active user; refused for oneself and for the last active administrator. */
    @Transactional
    public UserOutcome disable(String actor, long id) {
        var administrator = checks.administrator(actor);
        var user = checks.user(id);
        if (user.id() == administrator.id()) {
            return UserOutcome.refused("You cannot disable your own account.");
        }
        if (user.role() == Role.ADMINISTRATOR && !user.isDisabled() && store.lockActiveAdministrators() <= 1) {
            return UserOutcome.refused(UserChecks.lastAdministrator(user, administrator));
        }
        if (store.disable(id, clock.instant())) {
            // a link sent before must not work once the account is enabled again
            accounts.deleteResetTokens(id);
            log.info("{} disabled user {} <{}>", administrator.email(), id, user.email());
        }
        return UserOutcome.done(id);
    }

    @Transactional
    public UserOutcome enable(String actor, long id) {
        var administrator = checks.administrator(actor);
        var user = checks.user(id);
        if (store.enable(id)) {
            log.info("{} enabled user {} <{}>", administrator.email(), id, user.email());
        }
        return UserOutcome.done(id);
    }

    /**
     * Mails an active user a link to choose a new password, as "Forgot your password?" does; a user who was invited
     * and never signed in gets a new invitation instead. Their password stays until the link is used.
     */
    @Transactional
    public UserOutcome sendPasswordLink(String actor, long id) {
        var administrator = checks.administrator(actor);
        var user = checks.user(id);
        if (user.isDisabled()) {
            return UserOutcome.refused(user.displayName() + "’s account is disabled. Enable it first.");
        }
        var account = new Account(user.id(), user.email(), user.displayName(), user.role());
        if (user.awaitsFirstSignIn()) {
            links.sendInvitation(account, administrator.displayName());
            store.markInvited(id, clock.instant());
            log.info("{} sent user {} <{}> a new invitation", administrator.email(), id, user.email());
        } else {
            links.sendResetLink(account);
            log.info("{} sent user {} <{}> a password reset link", administrator.email(), id, user.email());
        }
        return UserOutcome.done(id);
    }

    /** Turns off the user's two-factor sign-in, so their password alone signs them in until they turn it on again. */
    @Transactional
    public UserOutcome resetTwoFactor(String actor, long id) {
        var administrator = checks.administrator(actor);
        var user = checks.user(id);
        if (user.twoFactorOn()) {
            accounts.clearTotp(id);
            log.info("{} turned off two-factor sign-in of user {} <{}>", administrator.email(), id, user.email());
        }
        return UserOutcome.done(id);
    }
}
