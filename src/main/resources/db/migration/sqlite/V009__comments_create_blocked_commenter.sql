-- email addresses and IP addresses a moderator blocked: every later comment from one is marked spam
-- kind: 'email' (stored lower case, as comments keep it) or 'address' (an IP address as the server saw it)
CREATE TABLE blocked_commenter (
    kind       TEXT    NOT NULL CHECK (kind IN ('email', 'address')),
    value      TEXT    NOT NULL,
    blocked_by TEXT    NOT NULL,
    blocked_at INTEGER NOT NULL,
    PRIMARY KEY (kind, value)
) WITHOUT ROWID;
