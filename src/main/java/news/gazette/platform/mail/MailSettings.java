package news.gazette.platform.mail;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Gazette sends mail, from {@code gazette.mail.*}. The SMTP server and the sender are {@link MailServer}'s, which
 * takes {@code from} from here until the Settings page saves another.
 * A mail that fails is tried again after the first pause of {@code retry-backoff}, then the second, and so on,
 * the last pause repeating, until {@code max-attempts} attempts have failed.
 */
@ConfigurationProperties("gazette.mail")
class MailSettings {

    private final String from;
    private final int maxAttempts;
    private final List<Duration> retryBackoff;
    private final Duration claimTimeout;

    MailSettings(@DefaultValue("Gazette <noreply@localhost>") String from,
                 @DefaultValue("6") int maxAttempts,
                 @DefaultValue({"PT1M", "PT5M", "PT30M", "PT2H", "PT12H"}) List<Duration> retryBackoff,
                 @DefaultValue("PT5M") Duration claimTimeout) {
        this.from = from;
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("gazette.mail.max-attempts must be at least 1, was " + maxAttempts);
        }
        this.maxAttempts = maxAttempts;
        if (retryBackoff.isEmpty() || retryBackoff.stream().anyMatch(Duration::isNegative)) {
            throw new IllegalArgumentException(
                    "gazette.mail.retry-backoff must list one or more pauses like PT1M,PT5M,PT30M, was "
                            + retryBackoff);
        }
        this.retryBackoff = List.copyOf(retryBackoff);
        if (!claimTimeout.isPositive()) {
            throw new IllegalArgumentException("gazette.mail.claim-timeout must be positive, was " + claimTimeout);
        }
        this.claimTimeout = claimTimeout;
    }

    /** The sender as the property gives it, checked by {@link MailServer}. */
    String from() {
        return from;
    }

    int maxAttempts() {
        return maxAttempts;
    }

    /** The pause before the next attempt, after {@code failedAttempts} (one or more) have failed. */
    Duration backoffAfter(int failedAttempts) {
        return retryBackoff.get(Math.min(Math.max(failedAttempts, 1), retryBackoff.size()) - 1);
    }

    /** How long a sender holds a mail it claimed; well above the SMTP timeouts, so a live sender never loses it. */
    Duration claimTimeout() {
        return claimTimeout;
    }
}
