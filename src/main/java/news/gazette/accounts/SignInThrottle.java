package news.gazette.accounts;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: failed attempts are counted per account (whatever address they come from) and per
 * IP address (whatever accounts they try). Unknown emails are counted like accounts, so the limit tells nobody
 * which exist. A successful sign-in gives the account its attempts back.
 */
@Component
class SignInThrottle {

    private final AttemptLimit perAccount;
    private final AttemptLimit perAddress;

    SignInThrottle(AccountSettings settings, Clock clock) {
        this.perAccount = new AttemptLimit(settings.attemptsPerAccount(), settings.attemptWindow(), clock);
        this.perAddress = new AttemptLimit(settings.attemptsPerAddress(), settings.attemptWindow(), clock);
    }

    /** How long to wait before trying this account, or from this address (null: unknown); empty if not at all. */
    Optional<Duration> waitFor(String email, String address) {
        var account = perAccount.waitFor(email);
        var fromAddress = address == null ? Optional.<Duration>empty() : perAddress.waitFor(address);
        if (account.isPresent() && fromAddress.isPresent()) {
            return account.get().compareTo(fromAddress.get()) >= 0 ? account : fromAddress;
        }
        return account.or(() -> fromAddress);
    }

    void failed(String email, String address) {
        perAccount.count(email);
        if (address != null) {
            perAddress.count(address);
        }
    }

    void succeeded(String email) {
        perAccount.forget(email);
    }

    static String message(Duration wait) {
        return "Too many sign-in attempts. Try again in " + AttemptLimit.minutes(wait) + ".";
    }
}
