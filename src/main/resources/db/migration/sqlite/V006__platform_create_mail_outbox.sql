-- Mail waiting to go out, written in the transaction that caused it, so it goes out only if that commits.
-- headers holds one "Name: value" per line; names and values never contain line breaks.
-- claimed_until: an instance sending the mail holds it until then; after a crash another instance takes it over.
CREATE TABLE mail_outbox (
    id              INTEGER PRIMARY KEY,
    recipient       TEXT    NOT NULL,
    subject         TEXT    NOT NULL,
    body            TEXT    NOT NULL,
    headers         TEXT    NOT NULL DEFAULT '',
    status          TEXT    NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    claimed_until   INTEGER,
    last_error      TEXT,
    created_at      INTEGER NOT NULL,
    sent_at         INTEGER
);

CREATE INDEX mail_outbox_due ON mail_outbox (status, next_attempt_at);
