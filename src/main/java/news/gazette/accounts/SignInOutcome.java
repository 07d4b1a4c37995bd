package news.gazette.accounts;

import java.time.Duration;

import news.gazette.accounts.AccountStore.Credentials;

/** What came of a step of signing in. */
sealed interface SignInOutcome {

    /** Signed in: the session may start. */
    record SignedIn(Credentials credentials) implements SignInOutcome {
    }

    /** The password was right and the account has two-factor on: the code comes next, with this ticket. */
    record CodeNeeded(String ticket) implements SignInOutcome {
    }

    /** Wrong email, password or code; which one is not said. */
    record Refused() implements SignInOutcome {
    }

    /** Too many failed attempts for the account or from the address: none is checked for this long. */
    record Throttled(Duration retryAfter) implements SignInOutcome {
    }

    /** The ticket from the password step is too old or no longer fits the account: start again. */
    record TicketExpired() implements SignInOutcome {
    }
}
