package news.gazette.platform.mail;

import java.time.Instant;

/** A mail in the outbox and where it stands; {@code attempts} counts the times a sender took it up. */
record QueuedMail(long id, OutgoingMail mail, Status status, int attempts, Instant createdAt,
                  Instant nextAttemptAt, String lastError) {

    enum Status {
        PENDING, SENT, FAILED;

        String column() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Status ofColumn(String value) {
            return valueOf(value.toUpperCase(java.util.Locale.ROOT));
        }
    }
}
