package news.gazette.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import news.gazette.MutableClock;
import news.gazette.TestClockConfiguration;
import news.gazette.platform.mail.QueuedMail.Status;

/**
 * What the mailer promises, on whichever database the subclass gives it, against a real SMTP server. The clock
 * stands still unless a test moves it, and the retry sweep runs only when a test calls it.
 */
@Import({TestClockConfiguration.class, GreenMailConfiguration.class})
abstract class MailerContract {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        int port = GreenMailConfiguration.freePort();
        registry.add("spring.mail.host", () -> GreenMailConfiguration.HOST);
        registry.add("spring.mail.port", () -> port);
        registry.add("gazette.mail.retry-sweep", () -> "PT1H");
    }

    @Autowired
    Mailer mailer;

    @Autowired
    MailOutbox outbox;

    @Autowired
    MailStore store;

    @Autowired
    MailServer server;

    @Autowired
    MailSettings settings;

    @Autowired
    GreenMail smtp;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    MutableClock clock;

    @Value("${spring.mail.port}")
    int smtpPort;

    @BeforeEach
    void smtpServerAnswers() {
        if (!smtp.isRunning()) {
            smtp.start();
        }
    }

    @Test
    void deliversMailSentInACommittedTransactionWithSubjectBodyAndHeadersIntact() throws Exception {
        String to = newRecipient();
        var headers = new LinkedHashMap<String, String>();
        headers.put("List-Unsubscribe", "<https://news.example.com/unsubscribe/t0k3n?thread=42>");
        headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        headers.put("X-Gazette-Thread", "Café in Zürich — «Señora Núñez»");
        String subject = "Réponse à votre commentaire: «Señora Núñez» — Tokáyev, 東京 ✓";
        String text = "Ana Núñez replied to you:\n\n> Zürich, Almatí, 東京, 📰\n\n"
                + "Read it at https://news.example.com/x/\n";

        transactions.executeWithoutResult(status -> mailer.send(new OutgoingMail(to, subject, text, headers)));

        MimeMessage message = awaitOneMessage(to);
        assertThat(message.getSubject()).isEqualTo(subject);
        // SMTP ends the data with CRLF "." CRLF; GreenMail keeps the last line's own line break for that
        assertThat(((String) message.getContent()).replace("\r\n", "\n")).isEqualTo(text.stripTrailing());
        assertThat(message.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat(message.getHeader("List-Unsubscribe")).containsExactly(headers.get("List-Unsubscribe"));
        assertThat(message.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        assertThat(MimeUtility.decodeText(MimeUtility.unfold(message.getHeader("X-Gazette-Thread")[0])))
                .isEqualTo(headers.get("X-Gazette-Thread"));
        assertThat(message.getFrom()).containsExactly(new InternetAddress("Gazette <noreply@localhost>"));
        assertThat(message.getMessageID()).startsWith("<gazette.").endsWith("@localhost>");
        // the message reaches the server a moment before the outbox records it as sent
        await().atMost(Duration.ofSeconds(10)).until(() -> onlyQueued(to).status() == Status.SENT);
    }

    @Test
    void sendsAtOnceWhenCalledOutsideATransaction() {
        String to = newRecipient();

        mailer.send(new OutgoingMail(to, "Hello", "Sent without a transaction."));

        awaitOneMessage(to);
        // the message reaches the server a moment before the outbox records it as sent
        await().atMost(Duration.ofSeconds(10)).until(() -> onlyQueued(to).status() == Status.SENT);
    }

    @Test
    void discardsMailSentInATransactionThatRollsBack() {
        String discarded = newRecipient();
        String kept = newRecipient();

        transactions.executeWithoutResult(status -> {
            mailer.send(new OutgoingMail(discarded, "Never", "This transaction rolls back."));
            status.setRollbackOnly();
        });
        transactions.executeWithoutResult(status -> mailer.send(new OutgoingMail(kept, "Kept", "This one commits.")));

        awaitOneMessage(kept);
        outbox.deliverDue();
        assertThat(received(discarded)).isEmpty();
        assertThat(store.findTo(discarded)).isEmpty();
    }

    @Test
    void returnsWithoutWaitingForTheMailServer() throws Exception {
        String to = newRecipient();
        smtp.stop();
        try (var hanging = new SilentSmtpServer(smtpPort)) {
            long started = System.nanoTime();
            transactions.executeWithoutResult(status -> mailer.send(new OutgoingMail(to, "Quick", "No waiting.")));
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            // a sender on the caller's thread would sit here until the 30 s SMTP read timeout
            assertThat(took).isLessThan(Duration.ofSeconds(5));
            await().atMost(PATIENCE).until(() -> hanging.connections() > 0);
            assertThat(onlyQueued(to).status()).isEqualTo(Status.PENDING);
        }

        // the server hung up, so that attempt failed; the mail waits for its retry and goes out then
        await().atMost(PATIENCE).until(() -> onlyQueued(to).lastError() != null);
        assertThat(onlyQueued(to).status()).isEqualTo(Status.PENDING);
        smtp.start();
        clock.advance(Duration.ofMinutes(1));
        outbox.deliverDue();
        assertThat(received(to)).hasSize(1);
        assertThat(onlyQueued(to).status()).isEqualTo(Status.SENT);
    }

    @Test
    void retriesAFailedMailAfterItsPauseOnceTheServerAnswers() {
        String to = newRecipient();
        smtp.stop();

        mailer.send(new OutgoingMail(to, "Retried", "Sent on the second attempt."));
        await().atMost(PATIENCE).until(() -> onlyQueued(to).lastError() != null);
        assertThat(onlyQueued(to).attempts()).isEqualTo(1);
        assertThat(onlyQueued(to).nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));

        smtp.start();
        clock.advance(Duration.ofSeconds(59));
        outbox.deliverDue();
        assertThat(received(to)).isEmpty();

        clock.advance(Duration.ofSeconds(1));
        outbox.deliverDue();
        outbox.deliverDue();
        assertThat(received(to)).hasSize(1);
        var sent = onlyQueued(to);
        assertThat(sent.status()).isEqualTo(Status.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.lastError()).isNull();
    }

    @Test
    void givesUpAfterTheLastAttemptAndKeepsItsError() {
        String to = newRecipient();
        smtp.stop();

        mailer.send(new OutgoingMail(to, "Doomed", "The server never answers."));
        await().atMost(PATIENCE).until(() -> onlyQueued(to).lastError() != null);
        for (int attempt = 2; attempt <= 6; attempt++) {
            clock.advance(Duration.ofHours(12));
            outbox.deliverDue();
        }

        var failed = onlyQueued(to);
        assertThat(failed.status()).isEqualTo(Status.FAILED);
        assertThat(failed.attempts()).isEqualTo(6);
        assertThat(failed.lastError()).containsIgnoringCase("connect");

        smtp.start();
        clock.advance(Duration.ofDays(1));
        outbox.deliverDue();
        assertThat(received(to)).isEmpty();
    }

    @Test
    void rejectsLineBreaksThatWouldAddHeadersOrRecipients() {
        String to = "ana@example.com";
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new OutgoingMail("ana@example.com\r\nBcc: eve@example.com", "Hi", "Text"))
                .withMessageStartingWith("to ");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new OutgoingMail("ana@example.com, eve@example.com", "Hi", "Text"))
                .withMessageStartingWith("to ");
        assertThatIllegalArgumentException().isThrownBy(() -> new OutgoingMail("ana", "Hi", "Text"))
                .withMessageStartingWith("to ");
        assertThatIllegalArgumentException().isThrownBy(() -> new OutgoingMail(" ", "Hi", "Text"))
                .withMessage("to must not be blank");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new OutgoingMail(to, "Hi\r\nBcc: eve@example.com", "Text"))
                .withMessageStartingWith("subject ");
        assertThatIllegalArgumentException().isThrownBy(() -> new OutgoingMail(to, "Hi\nX-Spam: no", "Text"))
                .withMessageStartingWith("subject ");
        assertThatIllegalArgumentException().isThrownBy(() -> new OutgoingMail(to, "Hi", "Text",
                        Map.of("List-Unsubscribe", "<https://x.example/u>\r\nBcc: eve@example.com")))
                .withMessageStartingWith("headers: ");
        assertThatIllegalArgumentException().isThrownBy(() -> new OutgoingMail(to, "Hi", "Text",
                        Map.of("X-Note\r\nBcc", "eve@example.com")))
                .withMessageStartingWith("headers: ");
        assertThatIllegalArgumentException().isThrownBy(() -> new OutgoingMail(to, "Hi", "Text",
                        Map.of("Bcc", "eve@example.com")))
                .withMessageStartingWith("headers: ");
        assertThatIllegalArgumentException().isThrownBy(() -> new OutgoingMail(to, "Hi", " "))
                .withMessage("text must not be blank");
    }

    @Test
    void twoInstancesSweepingAtOnceSendEachMailOnce() throws Exception {
        var recipients = IntStream.range(0, 20).mapToObj(i -> newRecipient()).toList();
        // recorded without the after-commit delivery, so only the sweeps send them
        recipients.forEach(to -> store.insert(new OutgoingMail(to, "Once", "Exactly once."), clock.instant()));
        var otherInstance = new MailOutbox(store, server, settings, clock);
        var start = new CountDownLatch(1);

        try (var instances = Executors.newFixedThreadPool(2)) {
            var first = instances.submit(() -> { start.await(); outbox.deliverDue(); return null; });
            var second = instances.submit(() -> { start.await(); otherInstance.deliverDue(); return null; });
            start.countDown();
            first.get();
            second.get();
        }

        for (String to : recipients) {
            assertThat(received(to)).as(to).hasSize(1);
            assertThat(onlyQueued(to).status()).isEqualTo(Status.SENT);
            assertThat(onlyQueued(to).attempts()).isEqualTo(1);
        }
    }

    private static String newRecipient() {
        return "reader-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    private QueuedMail onlyQueued(String to) {
        var queued = store.findTo(to);
        assertThat(queued).hasSize(1);
        return queued.getFirst();
    }

    private MimeMessage awaitOneMessage(String to) {
        await().atMost(PATIENCE).until(() -> !received(to).isEmpty());
        var messages = received(to);
        assertThat(messages).hasSize(1);
        return messages.getFirst();
    }

    private List<MimeMessage> received(String to) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> isFor(message, to)).toList();
    }

    private static boolean isFor(MimeMessage message, String to) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null && Arrays.stream(recipients)
                    .anyMatch(address -> ((InternetAddress) address).getAddress().equals(to));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
