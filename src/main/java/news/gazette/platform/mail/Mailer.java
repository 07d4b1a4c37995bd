package news.gazette.platform.mail;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends mail without making anyone wait for the mail server. {@link #send} records the mail in the outbox as part
 * of the caller's transaction: it goes out only if that transaction commits, and a rollback discards it. After the
 * commit another thread hands it to the SMTP server; a mail that fails is tried again with
 * growing pauses and, after {@code gazette.mail.max-attempts}, left marked as failed. The server is
 * {@link MailServer}'s: {@code spring.mail.*}, or what the Settings page saved. Instances sharing a database
 * claim each mail before sending it, so no two send the same one; only an instance that dies after the server took
 * a mail and before recording so leaves it to be sent again, under the same Message-ID. Until a host is set, mails
 * wait in the outbox.
 */
@Service
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final MailStore store;
    private final MailOutbox outbox;
    private final Executor executor;
    private final Clock clock;

    Mailer(MailStore store, MailOutbox outbox, @Qualifier("applicationTaskExecutor") Executor executor, Clock clock) {
        this.store = store;
        this.outbox = outbox;
        this.executor = executor;
        this.clock = clock;
    }

    /**
     * Records the mail in the current transaction and sends it after the commit, or at once when there is no
     * transaction. Returns without waiting for the mail server; a database error reaches the caller.
     */
    public void send(OutgoingMail mail) {
        long id = store.insert(mail, clock.instant());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            sendAfterCommit().ids.add(id);
        } else {
            deliverElsewhere(List.of(id));
        }
    }

    /**
     * Sends a mail at once, on the caller's thread, past the outbox, and waits for the mail server's answer: to try
     * the server settings. Returns what went wrong in plain words (the server could not be reached, refused the
     * sign-in…), or empty when the server took the mail. Nothing of it is recorded.
     */
    public Optional<String> sendNow(OutgoingMail mail) {
        return outbox.sendNow(mail);
    }

    /*
     * A transaction synchronization rather than an event with @TransactionalEventListener(AFTER_COMMIT): that
     * listener drops events published outside a transaction unless told otherwise, and an event would announce to
     * every module what is only this class's plumbing. One synchronization per transaction also hands all the
     * mails a transaction sent (say, a notice to each subscriber of a thread) to one thread, one after another.
     */
    private SendAfterCommit sendAfterCommit() {
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof SendAfterCommit pending) {
                return pending;
            }
        }
        var pending = new SendAfterCommit();
        TransactionSynchronizationManager.registerSynchronization(pending);
        return pending;
    }

    private void deliverElsewhere(List<Long> ids) {
        try {
            executor.execute(() -> {
                try {
                    outbox.deliver(ids);
                } catch (RuntimeException e) {
                    log.warn("Could not deliver mails {} now; the retry sweep will: {}", ids, e.toString());
                }
            });
        } catch (RejectedExecutionException e) {
            // shutting down: the mails are committed, and the sweep sends them on the next start
            log.info("Mails {} wait for the retry sweep: {}", ids, e.toString());
        }
    }

    private final class SendAfterCommit implements TransactionSynchronization {

        private final List<Long> ids = new ArrayList<>();

        @Override
        public void afterCommit() {
            deliverElsewhere(List.copyOf(ids));
        }
    }
}
