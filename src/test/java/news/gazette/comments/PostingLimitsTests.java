package news.gazette.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class PostingLimitsTests {

    private static CommentSettings allowing(int perHour) {
        return new CommentSettings(new CommentProperties(true, 2, List.of(), List.of(), Duration.ofSeconds(15), perHour,
                Duration.ofSeconds(3), 5, 50, Duration.ZERO, Duration.ZERO), null);
    }

    @Test
    void refusesAnAddressPastItsHourlyAllowanceButNotOthers() {
        var limits = new PostingLimits(allowing(3));
        assertThat(List.of(limits.tryPost("192.0.2.1"), limits.tryPost("192.0.2.1"), limits.tryPost("192.0.2.1")))
                .containsOnly(true);
        assertThat(limits.tryPost("192.0.2.1")).isFalse();
        assertThat(limits.tryPost("192.0.2.2")).isTrue();
    }

    @Test
    void aZeroAllowanceMeansNoLimit() {
        var limits = new PostingLimits(allowing(0));
        for (int i = 0; i < 100; i++) {
            assertThat(limits.tryPost("192.0.2.1")).isTrue();
        }
    }
}
