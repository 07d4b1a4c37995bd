package news.gazette.accounts;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import news.gazette.platform.SiteKeys;

/**
 * Managing users, for administrators, as WordPress's Users screen does: the list, inviting someone, changing a
 * user's name, role and author profile ({@link #change}), and, in {@link UserAccess}, disabling and enabling them,
 * sending a link to choose a password, and turning off the two-factor sign-in of someone locked out.
 * <p>
 * Every method takes the email of the administrator acting, and refuses anyone whose role does not manage users
 * with an {@link AccessDeniedException}; an unknown user id is a {@link UserNotFound}. An invited user chooses their
 * own password through an emailed link: nobody makes one up for them, and none is ever shown or mailed. No change
 * leaves the site without an active administrator. Each change is logged with who made it, never with a password
 * or a link.
 */
@Service
public class Users {

    private static final Logger log = LoggerFactory.getLogger(Users.class);

    private final UserStore store;
    private final UserChecks checks;
    private final PasswordCheck passwords;
    private final PasswordReset links;
    private final SiteKeys keys;
    private final Clock clock;

    Users(UserStore store, UserChecks checks, PasswordCheck passwords, PasswordReset links, SiteKeys keys,
          Clock clock) {
        this.store = store;
        this.checks = checks;
        this.passwords = passwords;
        this.links = links;
        this.keys = keys;
        this.clock = clock;
    }

    /** Every user, disabled ones too, or those of {@code role} when it is not null; by name. */
    public List<User> list(String actor, Role role) {
        checks.administrator(actor);
        return store.list(role);
    }

    /** How many users, disabled ones too, have each role; a role nobody has is missing. */
    public Map<Role, Long> countByRole(String actor) {
        checks.administrator(actor);
        return store.countByRole();
    }

    public User find(String actor, long id) {
        checks.administrator(actor);
        return checks.user(id);
    }

    /**
     * The problems by field of a draft, as {@link #invite} ({@code id} null) or {@link #change} would find them:
     * "email" (blank, malformed, too long, another user's), "displayName" (blank, too long, more than one line),
     * "role" (none), "author" (another user writes under it). Empty when there are none.
     */
    public FieldErrors check(Long id, UserDraft draft) {
        return checks.problems(id, draft);
    }

    /**
     * Creates the account and mails it an invitation: a link, valid as long as a password reset link, with which
     * the new user chooses their password. Until then the account has a password nobody knows.
     */
    @Transactional
    public UserOutcome invite(String actor, UserDraft draft) {
        var administrator = checks.administrator(actor);
        var errors = checks.problems(null, draft);
        if (!errors.isEmpty()) {
            return UserOutcome.rejected(errors);
        }
        String email = Accounts.normalise(draft.email());
        String name = draft.displayName().strip();
        long id = store.insertInvited(email, name, draft.role(), draft.authorId(), passwords.hash(keys.randomToken()),
                clock.instant());
        links.sendInvitation(new Account(id, email, name, draft.role()), administrator.displayName());
        log.info("{} invited user {} <{}> as {}", administrator.email(), id, email, draft.role());
        return UserOutcome.done(id);
    }

    /**
     * Changes a user's name, role and author profile (the email stays). The user's sessions go on with the new role
     * from their next request. Refused when it would demote the last active administrator.
     */
    @Transactional
    public UserOutcome change(String actor, long id, UserDraft draft) {
        var administrator = checks.administrator(actor);
        var user = checks.user(id);
        var errors = checks.problems(id, draft);
        if (!errors.isEmpty()) {
            return UserOutcome.rejected(errors);
        }
        if (user.role() == Role.ADMINISTRATOR && draft.role() != Role.ADMINISTRATOR && !user.isDisabled()
                && store.lockActiveAdministrators() <= 1) {
            return UserOutcome.refused(UserChecks.lastAdministrator(user, administrator));
        }
        store.update(id, draft.displayName().strip(), draft.role(), draft.authorId());
        log.info("{} changed user {} <{}>: role {} (was {}), author profile {} (was {})", administrator.email(), id,
                user.email(), draft.role(), user.role(), draft.authorId(), user.authorId());
        return UserOutcome.done(id);
    }
}
