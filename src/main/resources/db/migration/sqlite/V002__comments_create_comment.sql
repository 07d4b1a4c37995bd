-- article_id names an article of the publishing module; no foreign key, as modules keep to their own tables
CREATE TABLE comment (
    id           INTEGER PRIMARY KEY,
    article_id   INTEGER NOT NULL,
    parent_id    INTEGER REFERENCES comment (id),
    author_name  TEXT    NOT NULL,
    author_email TEXT    NOT NULL,
    author_url   TEXT    NOT NULL DEFAULT '',
    author_ip    TEXT,
    user_agent   TEXT,
    body         TEXT    NOT NULL,
    status       TEXT    NOT NULL CHECK (status IN ('pending', 'approved', 'spam', 'trash')),
    created_at   INTEGER NOT NULL
);

CREATE INDEX comment_by_article ON comment (article_id, status, created_at);
