package news.gazette.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import news.gazette.MutableClock;
import news.gazette.TestClockConfiguration;
import news.gazette.TestDataDirectory;

@SpringBootTest(properties = {"gazette.demo-content=false", "gazette.comments.forget-addresses-after=30d"})
@Import(TestClockConfiguration.class)
class AddressForgettingTests {

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        String dataDir = TestDataDirectory.create("address-forgetting").toString();
        registry.add("gazette.data-dir", () -> dataDir);
    }

    @Autowired
    AddressForgetting forgetting;

    @Autowired
    CommentStore store;

    @Autowired
    MutableClock clock;

    private long commentAt(Instant at) {
        return store.insert(1, null, "Ana", "ana@example.com", "", "192.0.2.10", "Browser/1", "Hi", "<p>Hi</p>",
                CommentStatus.APPROVED, "", null, false, null, at);
    }

    @Test
    void clearsIpAddressAndUserAgentOfCommentsOlderThanTheSettingOnly() {
        Instant now = clock.instant();
        long old = commentAt(now.minus(Duration.ofDays(31)));
        long recent = commentAt(now.minus(Duration.ofDays(29)));

        forgetting.forgetOldAddresses();

        var forgotten = store.find(old).orElseThrow();
        assertThat(forgotten.authorIp()).isNull();
        assertThat(forgotten.userAgent()).isNull();
        assertThat(forgotten.body()).isEqualTo("Hi");
        assertThat(store.find(recent).orElseThrow().authorIp()).isEqualTo("192.0.2.10");
    }
}
