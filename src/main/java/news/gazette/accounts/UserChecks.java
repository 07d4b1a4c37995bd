package news.gazette.accounts;

import java.util.LinkedHashMap;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** What {@link Users} and {@link UserAccess} check before they change anything: who acts, on whom, with what. */
@Component
class UserChecks {

    static final int MAX_EMAIL = 254;
    static final int MAX_NAME = 100;

    private final AccountStore accounts;
    private final UserStore users;

    UserChecks(AccountStore accounts, UserStore users) {
        this.accounts = accounts;
        this.users = users;
    }

    /** The acting account, if it is active and its role manages users. */
    Account administrator(String email) {
        return accounts.findCredentials(Accounts.normalise(email))
                .map(AccountStore.Credentials::account)
                .filter(account -> account.role().managesUsers())
                .orElseThrow(() -> new AccessDeniedException("only administrators manage users"));
    }

    User user(long id) {
        return users.find(id).orElseThrow(() -> new UserNotFound(id));
    }

    /** The problems of a draft by field, for a new user when {@code id} is null; the email only counts then. */
    FieldErrors problems(Long id, UserDraft draft) {
        var errors = new LinkedHashMap<String, String>();
        if (id == null) {
            String email = draft.email() == null ? "" : draft.email().strip();
            if (email.isEmpty()) {
                errors.put("email", "Enter an email address");
            } else if (email.length() > MAX_EMAIL) {
                errors.put("email", "Keep the email address to " + MAX_EMAIL + " characters or fewer");
            } else if (!isMailbox(email)) {
                errors.put("email", "Enter an email address in the correct format, like name@example.com");
            } else if (accounts.emailTaken(Accounts.normalise(email))) {
                errors.put("email", "Another user already has this email address");
            }
        }
        String name = draft.displayName() == null ? "" : draft.displayName().strip();
        if (name.isEmpty()) {
            errors.put("displayName", "Enter a name");
        } else if (name.length() > MAX_NAME) {
            errors.put("displayName", "Keep the name to " + MAX_NAME + " characters or fewer");
        } else if (name.chars().anyMatch(Character::isISOControl)) {
            errors.put("displayName", "Enter the name on one line");
        }
        if (draft.role() == null) {
            errors.put("role", "Choose a role");
        }
        if (draft.authorId() != null
                && users.accountsOfAuthor(draft.authorId()).stream().anyMatch(other -> !other.equals(id))) {
            errors.put("author", "Another user writes under this author profile: choose another, or none");
        }
        return new FieldErrors(errors);
    }

    /** Why a change that would leave no active administrator is refused. */
    static String lastAdministrator(User user, Account actor) {
        return (user.id() == actor.id() ? "You are" : user.displayName() + " is")
                + " the only active administrator. Make another user an administrator first.";
    }

    // one plain address, as mail can be sent to: no display name, no group, no list
    private static boolean isMailbox(String email) {
        int at = email.indexOf('@');
        if (at < 1 || at != email.lastIndexOf('@') || at == email.length() - 1) {
            return false;
        }
        try {
            var address = new InternetAddress(email, true);
            return !address.isGroup() && email.equals(address.getAddress());
        } catch (AddressException e) {
            return false;
        }
    }
}
