package news.gazette.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The gazette.comments.* properties as the comment rules read them, before anything is saved over them. */
class CommentPropertiesTests {

    private static CommentSettings rules(int holdLinks, Duration minimumFillTime, int threadDepth, int perPage) {
        return new CommentSettings(new CommentProperties(true, holdLinks, List.of("press", "win big"), List.of(),
                Duration.ofSeconds(15), 30, minimumFillTime, threadDepth, perPage, Duration.ofDays(30),
                Duration.ZERO), null);
    }

    @Test
    void keepsEachPropertyAsGivenEvenFinerThanThePageCounts() {
        var rules = rules(2, Duration.ofMillis(500), 5, 50);

        assertThat(rules.minimumFillTime()).isEqualTo(Duration.ofMillis(500));
        assertThat(rules.closeAfter()).isEqualTo(Duration.ofDays(30));
        assertThat(rules.flood()).isEqualTo(Duration.ofSeconds(15));
        assertThat(rules.moderationWords()).containsExactly("press", "win big");
        assertThat(rules.holdFirstComment()).isTrue();
    }

    @Test
    void rejectsBadPropertiesNamingEach() {
        assertThatThrownBy(() -> rules(2, Duration.ZERO, 11, 50))
                .hasMessage("gazette.comments.thread-depth: must be a whole number from 1 to 10");
        assertThatThrownBy(() -> rules(2, Duration.ZERO, 5, 0))
                .hasMessage("gazette.comments.per-page: must be a whole number, 1 or more");
        assertThatThrownBy(() -> rules(-1, Duration.ofSeconds(-3), 5, 50))
                .hasMessageContaining("gazette.comments.hold-links: must be a whole number, 0 or more")
                .hasMessageContaining("gazette.comments.minimum-fill-time: must be a whole number of seconds, 0 or more");
    }
}
