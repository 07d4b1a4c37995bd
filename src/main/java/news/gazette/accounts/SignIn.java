package news.gazette.accounts;

import org.springframework.stereotype.Service;

import news.gazette.accounts.SignInOutcome.CodeNeeded;
import news.gazette.accounts.SignInOutcome.Refused;
import news.gazette.accounts.SignInOutcome.SignedIn;
import news.gazette.accounts.SignInOutcome.TicketExpired;
import news.gazette.accounts.SignInOutcome.Throttled;

/**
 * Signing in: the email and password, then, where two-factor is on, the code. Both steps are throttled per
 * account and per address before anything is checked, and a refusal never says whether the email has an account.
 */
@Service
class SignIn {

    private final PasswordCheck passwords;
    private final TwoFactor twoFactor;
    private final SignInTicket tickets;
    private final SignInThrottle throttle;

    SignIn(PasswordCheck passwords, TwoFactor twoFactor, SignInTicket tickets, SignInThrottle throttle) {
        this.passwords = passwords;
        this.twoFactor = twoFactor;
        this.tickets = tickets;
        this.throttle = throttle;
    }

    SignInOutcome withPassword(String email, String password, String address) {
        String normalised = Accounts.normalise(email);
        var wait = throttle.waitFor(normalised, address);
        if (wait.isPresent()) {
            return new Throttled(wait.get());
        }
        var credentials = passwords.check(normalised, password);
        if (credentials.isEmpty()) {
            throttle.failed(normalised, address);
            return new Refused();
        }
        if (credentials.get().hasTwoFactor()) {
            return new CodeNeeded(tickets.issue(credentials.get()));
        }
        throttle.succeeded(normalised);
        return new SignedIn(credentials.get());
    }

    SignInOutcome withCode(String ticket, String code, String address) {
        var credentials = tickets.redeem(ticket);
        if (credentials.isEmpty()) {
            return new TicketExpired();
        }
        String email = credentials.get().account().email();
        var wait = throttle.waitFor(email, address);
        if (wait.isPresent()) {
            return new Throttled(wait.get());
        }
        if (!twoFactor.accepts(credentials.get(), code)) {
            throttle.failed(email, address);
            return new Refused();
        }
        throttle.succeeded(email);
        return new SignedIn(credentials.get());
    }
}
