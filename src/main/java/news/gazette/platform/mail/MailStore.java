package news.gazette.platform.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * All SQL on the mail outbox. The same statements run on SQLite and PostgreSQL. A mail is due when it is pending,
 * its next attempt has come and no sender holds a claim on it that has not yet expired.
 */
@Repository
class MailStore {

    private static final String DUE = """
            status = 'pending' AND next_attempt_at <= :now AND (claimed_until IS NULL OR claimed_until <= :now)
            """;

    private static final String COLUMNS = """
            id, recipient, subject, body, headers, status, attempts, created_at, next_attempt_at, last_error
            """;

    private final JdbcClient jdbc;

    MailStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a mail as pending and due at once; returns its id. */
    long insert(OutgoingMail mail, Instant now) {
        return jdbc.sql("""
                        INSERT INTO mail_outbox (recipient, subject, body, headers, status, attempts, next_attempt_at,
                                                 created_at)
                        VALUES (:to, :subject, :body, :headers, 'pending', 0, :now, :now)
                        RETURNING id
                        """)
                .param("to", mail.to())
                .param("subject", mail.subject())
                .param("body", mail.text())
                .param("headers", headerLines(mail.headers()))
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    /** Ids of due mails, those waiting longest first. */
    List<Long> findDue(Instant now, int limit) {
        return jdbc.sql("SELECT id FROM mail_outbox WHERE " + DUE + " ORDER BY next_attempt_at, id LIMIT :limit")
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    /**
     * Takes a due mail for sending until {@code until} and counts the attempt; empty when the mail is not due,
     * for instance because another sender took it first. The condition and the change are one statement, so of
     * two senders claiming the same mail at once exactly one gets it, on either database.
     */
    Optional<QueuedMail> claim(long id, Instant now, Instant until) {
        return jdbc.sql("UPDATE mail_outbox SET claimed_until = :until, attempts = attempts + 1 WHERE id = :id AND "
                        + DUE + " RETURNING " + COLUMNS)
                .param("id", id)
                .param("now", Timestamp.from(now))
                .param("until", Timestamp.from(until))
                .query((rs, row) -> queuedMail(rs))
                .optional();
    }

    void markSent(long id, Instant at) {
        jdbc.sql("UPDATE mail_outbox SET status = 'sent', sent_at = :at, claimed_until = NULL, last_error = NULL "
                        + "WHERE id = :id")
                .param("id", id)
                .param("at", Timestamp.from(at))
                .update();
    }

    // Only a pending mail: a sender whose claim expired must not undo the "sent" of the sender that took over.
    void retryLater(long id, Instant next, String error) {
        jdbc.sql("""
                        UPDATE mail_outbox SET next_attempt_at = :next, claimed_until = NULL, last_error = :error
                        WHERE id = :id AND status = 'pending'
                        """)
                .param("id", id)
                .param("next", Timestamp.from(next))
                .param("error", error)
                .update();
    }

    void markFailed(long id, String error) {
        jdbc.sql("""
                        UPDATE mail_outbox SET status = 'failed', claimed_until = NULL, last_error = :error
                        WHERE id = :id AND status = 'pending'
                        """)
                .param("id", id)
                .param("error", error)
                .update();
    }

    /** What the outbox holds for one recipient address, oldest first. */
    List<QueuedMail> findTo(String recipient) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM mail_outbox WHERE recipient = :to ORDER BY id")
                .param("to", recipient)
                .query((rs, row) -> queuedMail(rs))
                .list();
    }

    private static QueuedMail queuedMail(ResultSet rs) throws SQLException {
        var mail = new OutgoingMail(rs.getString("recipient"), rs.getString("subject"), rs.getString("body"),
                headers(rs.getString("headers")));
        return new QueuedMail(rs.getLong("id"), mail, QueuedMail.Status.ofColumn(rs.getString("status")),
                rs.getInt("attempts"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("next_attempt_at").toInstant(), rs.getString("last_error"));
    }

    // OutgoingMail admits no line break in a header and no colon in a name, so one "Name: value" a line reads back.
    private static String headerLines(Map<String, String> headers) {
        var lines = new StringBuilder();
        headers.forEach((name, value) -> lines.append(name).append(": ").append(value).append('\n'));
        return lines.toString();
    }

    private static Map<String, String> headers(String lines) {
        var headers = new LinkedHashMap<String, String>();
        for (String line : lines.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon), line.substring(colon + 2));
            }
        }
        return headers;
    }
}
