package news.gazette.comments;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import org.springframework.stereotype.Component;

/**
 * How many comments one IP address may post in an hour, counted in this instance's memory (several instances
 * each allow as many; the database's flood rule holds across them). Addresses unseen for an hour are forgotten, and
 * all are when the hourly allowance changes in the settings: the counts start afresh under the new one.
 */
@Component
class PostingLimits {

    private final CommentSettings settings;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofHours(1))
            .maximumSize(100_000)
            .build();
    private volatile int bucketsHold;

    PostingLimits(CommentSettings settings) {
        this.settings = settings;
        this.bucketsHold = settings.perIpPerHour();
    }

    /** Takes one comment from this address's allowance; false when it has none left. */
    boolean tryPost(String ipAddress) {
        int perHour = settings.perIpPerHour();
        if (perHour <= 0 || ipAddress == null) {
            return true;
        }
        if (perHour != bucketsHold) {
            bucketsHold = perHour;
            buckets.invalidateAll();
        }
        return buckets.get(ipAddress, ip -> Bucket.builder()
                        .addLimit(limit -> limit.capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)))
                        .build())
                .tryConsume(1);
    }
}
