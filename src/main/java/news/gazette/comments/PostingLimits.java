package news.gazette.comments;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import org.springframework.stereotype.Component;

/**
 * How many comments one IP address may post in an hour, counted in this instance's memory (several instances
 * each allow as many; the database's flood rule holds across them). Addresses unseen for an hour are forgotten.
 */
@Component
class PostingLimits {

    private final int perHour;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofHours(1))
            .maximumSize(100_000)
            .build();

    PostingLimits(CommentSettings settings) {
        this.perHour = settings.perIpPerHour();
    }

    /** Takes one comment from this address's allowance; false when it has none left. */
    boolean tryPost(String ipAddress) {
        if (perHour <= 0 || ipAddress == null) {
            return true;
        }
        return buckets.get(ipAddress, ip -> Bucket.builder()
                        .addLimit(limit -> limit.capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)))
                        .build())
                .tryConsume(1);
    }
}
