-- author_id names the account's public author profile in the publishing module, when it has one
CREATE TABLE account (
    id            INTEGER PRIMARY KEY,
    email         TEXT    NOT NULL UNIQUE,
    display_name  TEXT    NOT NULL,
    password_hash TEXT    NOT NULL,
    role          TEXT    NOT NULL CHECK (role IN ('administrator', 'editor', 'author', 'contributor', 'moderator')),
    author_id     INTEGER,
    created_at    INTEGER NOT NULL
);
