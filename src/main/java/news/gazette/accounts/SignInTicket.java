package news.gazette.accounts;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.springframework.stereotype.Component;

import news.gazette.accounts.AccountStore.Credentials;
import news.gazette.platform.SiteKeys;

/**
 * Carries "the password was right" from the password step to the code step without a session, which starts only
 * once someone is signed in. A ticket names the account and when it expires, signed with a key of the site's and
 * the account's password hash: it cannot be forged, and a changed password voids it. It proves the password only;
 * the code is still needed, and wrong codes count against the account.
 */
@Component
class SignInTicket {

    static final Duration LIFETIME = Duration.ofMinutes(5);
    private static final String PURPOSE = "sign-in-ticket";

    private final AccountStore store;
    private final SiteKeys keys;
    private final Clock clock;

    SignInTicket(AccountStore store, SiteKeys keys, Clock clock) {
        this.store = store;
        this.keys = keys;
        this.clock = clock;
    }

    String issue(Credentials credentials) {
        String claim = credentials.account().id() + "." + clock.instant().plus(LIFETIME).getEpochSecond();
        return claim + "." + keys.hash(PURPOSE, claim + "." + credentials.passwordHash());
    }

    /** The account the ticket was issued for, while it is unexpired, unchanged and two-factor is still on. */
    Optional<Credentials> redeem(String ticket) {
        String[] parts = ticket == null ? new String[0] : ticket.split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        long id;
        long expires;
        try {
            id = Long.parseLong(parts[0]);
            expires = Long.parseLong(parts[1]);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (expires <= clock.instant().getEpochSecond()) {
            return Optional.empty();
        }
        String claim = parts[0] + "." + parts[1];
        return store.findCredentials(id)
                .filter(Credentials::hasTwoFactor)
                .filter(credentials -> keys.verify(PURPOSE, claim + "." + credentials.passwordHash(), parts[2]));
    }
}
