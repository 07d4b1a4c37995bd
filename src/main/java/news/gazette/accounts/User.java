package news.gazette.accounts;

import java.time.Instant;

/**
 * An account as administrators see it on the users pages. Carries nothing that signs in: no password hash, no key.
 *
 * @param authorId the public author profile the account writes under, or null
 * @param lastSignInAt when it last signed in, or null if it never has
 * @param invitedAt when an administrator last invited it to choose its password, or null
 * @param disabledAt when it was disabled, or null while it is active
 */
public record User(long id, String email, String displayName, Role role, boolean twoFactorOn, Long authorId,
                   Instant lastSignInAt, Instant invitedAt, Instant disabledAt) {

    public boolean isDisabled() {
        return disabledAt != null;
    }

    /** Invited and never signed in: the invitation's link has not been used yet. */
    public boolean awaitsFirstSignIn() {
        return invitedAt != null && lastSignInAt == null;
    }
}
