package news.gazette.platform.mail;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands mails from the outbox to the SMTP server. Each mail is claimed in the database before it is sent and the
 * claim is held while sending, so instances sharing a database never send the same mail; a claim left by a
 * crashed instance expires after {@code gazette.mail.claim-timeout} and the mail is tried again. Until
 * {@link MailServer} has a host, mails wait, untouched.
 */
@Component
class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);
    private static final int SWEEP_BATCH = 50;
    private static final int MAX_ERROR_LENGTH = 2000;

    private final MailStore store;
    private final MailServer server;
    private final MailSettings settings;
    private final Clock clock;
    private final AtomicBoolean toldNotConfigured = new AtomicBoolean();

    MailOutbox(MailStore store, MailServer server, MailSettings settings, Clock clock) {
        this.store = store;
        this.server = server;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Sends these just-recorded mails, unless another sender has taken them meanwhile. Like the sweep, it stops
     * at the first failure: that mostly means the server is unreachable, and each further mail would wait out the
     * same timeout. Mails left untried are due, and the sweep sends them.
     */
    void deliver(List<Long> ids) {
        JavaMailSender sender = ids.isEmpty() ? null : sender();
        if (sender != null) {
            sendEach(sender, ids);
        }
    }

    /**
     * Sends every due mail: retries whose pause is over, and mails whose first delivery never ran (recorded while
     * no server was configured, or just before a crash). Stops at the first failure; the failed mail's pause puts
     * it behind the others at the next sweep.
     */
    @Scheduled(initialDelayString = "${gazette.mail.retry-sweep:PT30S}",
               fixedDelayString = "${gazette.mail.retry-sweep:PT30S}")
    void deliverDue() {
        List<Long> due = store.findDue(clock.instant(), SWEEP_BATCH);
        JavaMailSender sender = due.isEmpty() ? null : sender();
        while (sender != null && !due.isEmpty() && sendEach(sender, due)) {
            due = store.findDue(clock.instant(), SWEEP_BATCH);
        }
    }

    /** Claims and sends each mail that is still due; false at the first that fails. */
    private boolean sendEach(JavaMailSender sender, List<Long> ids) {
        for (long id : ids) {
            var claimed = store.claim(id, clock.instant(), claimEnds());
            if (claimed.isPresent() && !attempt(sender, claimed.get())) {
                return false;
            }
        }
        return true;
    }

    private boolean attempt(JavaMailSender sender, QueuedMail mail) {
        try {
            sender.send(message(sender, mail));
        } catch (RuntimeException | MessagingException e) {
            failed(mail, e);
            return false;
        }
        store.markSent(mail.id(), clock.instant());
        return true;
    }

    private void failed(QueuedMail mail, Exception e) {
        String error = describe(e);
        if (mail.attempts() >= settings.maxAttempts()) {
            store.markFailed(mail.id(), error);
            log.warn("Gave up on mail {} after {} attempts: {}", mail.id(), mail.attempts(), error);
        } else {
            Instant next = clock.instant().plus(settings.backoffAfter(mail.attempts()));
            store.retryLater(mail.id(), next, error);
            log.info("Mail {} not sent (attempt {} of {}), next try at {}: {}", mail.id(), mail.attempts(),
                    settings.maxAttempts(), next, error);
        }
    }

    /**
     * Sends one mail now, on this thread, past the outbox: to try the server settings. Returns what went wrong in
     * plain words, or empty when the server took the mail.
     */
    Optional<String> sendNow(OutgoingMail mail) {
        var sender = server.sender();
        if (sender.isEmpty()) {
            return Optional.of("No mail server is set: enter the SMTP host and save first.");
        }
        try {
            sender.get().send(message(sender.get(), mail, "test." + clock.millis()));
            return Optional.empty();
        } catch (RuntimeException | MessagingException e) {
            log.info("Test mail to the SMTP server at {} failed: {}", server.address(), describe(e));
            return Optional.of(SmtpProblem.describe(e, server.address()));
        }
    }

    private MimeMessage message(JavaMailSender sender, QueuedMail queued) throws MessagingException {
        // the same id on every attempt, so a mail sent twice (a claim lost mid-send) reads as one to mail clients
        return message(sender, queued.mail(), queued.id() + "." + queued.createdAt().toEpochMilli());
    }

    private MimeMessage message(JavaMailSender sender, OutgoingMail mail, String id) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        var helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
        var from = server.fromAddress();
        helper.setFrom(from);
        helper.setTo(mail.to());
        helper.setSubject(mail.subject());
        helper.setText(mail.text());
        String address = from.getAddress();
        message.setHeader("Message-ID", "<gazette." + id + "@" + address.substring(address.lastIndexOf('@') + 1) + ">");
        for (var header : mail.headers().entrySet()) {
            message.setHeader(header.getKey(), encoded(header.getKey(), header.getValue()));
        }
        return message;
    }

    // ASCII values stay as they are; others become RFC 2047 words. Folding keeps long values within line limits.
    private static String encoded(String name, String value) {
        try {
            String text = MimeUtility.encodeText(value, StandardCharsets.UTF_8.name(), null);
            return MimeUtility.fold(name.length() + 2, text);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }

    private Instant claimEnds() {
        return clock.instant().plus(settings.claimTimeout());
    }

    private JavaMailSender sender() {
        JavaMailSender sender = server.sender().orElse(null);
        if (sender == null && toldNotConfigured.compareAndSet(false, true)) {
            log.warn("Mail is not configured: outgoing mail waits in the outbox until spring.mail.host, or the host "
                    + "on the newsroom's Settings page, names an SMTP server (see the README)");
        }
        return sender;
    }

    private static String describe(Throwable e) {
        var text = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
                text.append("; caused by ").append(cause.getMessage());
            }
        }
        return text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH) : text.toString();
    }
}
