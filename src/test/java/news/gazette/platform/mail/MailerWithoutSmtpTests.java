package news.gazette.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import news.gazette.TestDataDirectory;
import news.gazette.platform.mail.QueuedMail.Status;

/** A site with no spring.mail.host, as on a first start: mail waits in the outbox, and the log says why, once. */
@SpringBootTest(properties = "gazette.demo-content=false")
@ExtendWith(OutputCaptureExtension.class)
class MailerWithoutSmtpTests {

    private static final String NOT_CONFIGURED = "Mail is not configured";

    @DynamicPropertySource
    static void sqlite(DynamicPropertyRegistry registry) {
        String dataDir = TestDataDirectory.create("mailer-without-smtp").toString();
        registry.add("gazette.data-dir", () -> dataDir);
    }

    @Autowired
    Mailer mailer;

    @Autowired
    MailOutbox outbox;

    @Autowired
    MailStore store;

    @Test
    void keepsMailWaitingAndSaysOnceThatMailIsNotConfigured(CapturedOutput output) {
        mailer.send(new OutgoingMail("ana@example.com", "Waiting", "Until a server is configured."));
        mailer.send(new OutgoingMail("ben@example.com", "Waiting too", "Until a server is configured."));
        outbox.deliverDue();
        outbox.deliverDue();

        await().atMost(Duration.ofSeconds(10)).until(() -> output.getAll().contains(NOT_CONFIGURED));
        assertThat(output.getAll().split(NOT_CONFIGURED, -1)).hasSize(2);
        var waiting = store.findTo("ana@example.com").getFirst();
        assertThat(waiting.status()).isEqualTo(Status.PENDING);
        assertThat(waiting.attempts()).isZero();
    }
}
