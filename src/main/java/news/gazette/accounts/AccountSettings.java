package news.gazette.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in limits and reset links, from {@code gazette.accounts.*}. Limits are counted in each instance's memory.
 *
 * @param attemptsPerAccount failed sign-ins one account may have within {@code attemptWindow}, whoever makes
 *                           them; also the reset links one account is sent in that time
 * @param attemptsPerAddress failed sign-ins, and requests for reset links, one IP address may make within
 *                           {@code attemptWindow}
 * @param attemptWindow the time over which attempts are counted; spent attempts come back evenly over it
 * @param resetLinkValidFor how long an emailed password reset link works
 */
@ConfigurationProperties("gazette.accounts")
public record AccountSettings(
        @DefaultValue("5") int attemptsPerAccount,
        @DefaultValue("20") int attemptsPerAddress,
        @DefaultValue("15m") Duration attemptWindow,
        @DefaultValue("1h") Duration resetLinkValidFor) {

    public AccountSettings {
        if (attemptsPerAccount < 1) {
            throw new IllegalArgumentException("gazette.accounts.attempts-per-account must be at least 1, was "
                    + attemptsPerAccount);
        }
        if (attemptsPerAddress < 1) {
            throw new IllegalArgumentException("gazette.accounts.attempts-per-address must be at least 1, was "
                    + attemptsPerAddress);
        }
        if (attemptWindow.isNegative() || attemptWindow.toSeconds() < 1) {
            throw new IllegalArgumentException("gazette.accounts.attempt-window must be at least 1s, was "
                    + attemptWindow);
        }
        if (resetLinkValidFor.toMinutes() < 1) {
            throw new IllegalArgumentException("gazette.accounts.reset-link-valid-for must be at least 1m, was "
                    + resetLinkValidFor);
        }
    }
}
