package news.gazette.accounts;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

/**
 * So many attempts per key (an email, an IP address) within a window, after which the key waits; spent attempts
 * come back evenly over the window. Counted in this instance's memory, on the application's clock. A key unseen
 * for a whole window has all its attempts back, so it is forgotten then.
 */
final class AttemptLimit {

    private final int attempts;
    private final Duration window;
    private final TimeMeter time;
    private final Cache<String, Bucket> buckets;

    AttemptLimit(int attempts, Duration window, Clock clock) {
        this.attempts = attempts;
        this.window = window;
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.millis() * 1_000_000;
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        this.buckets = Caffeine.newBuilder()
                .ticker(time::currentTimeNanos)
                .expireAfterAccess(window)
                .maximumSize(100_000)
                .build();
    }

    /** How long {@code key} must wait before its next attempt; empty when it may try now. */
    Optional<Duration> waitFor(String key) {
        Bucket bucket = buckets.getIfPresent(key);
        if (bucket == null) {
            return Optional.empty();
        }
        var probe = bucket.estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Spends one of {@code key}'s attempts. */
    void count(String key) {
        buckets.get(key, k -> Bucket.builder()
                        .withCustomTimePrecision(time)
                        .addLimit(limit -> limit.capacity(attempts).refillGreedy(attempts, window))
                        .build())
                .tryConsume(1);
    }

    /** Gives {@code key} all its attempts back. */
    void forget(String key) {
        buckets.invalidate(key);
    }

    /** "1 minute", "14 minutes": a wait in whole minutes, rounded up. */
    static String minutes(Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }
}
