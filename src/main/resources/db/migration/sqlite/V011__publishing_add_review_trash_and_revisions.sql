-- Articles may now wait for review ('pending') or be thrown away ('trash'). SQLite cannot alter a CHECK constraint,
-- so the table is built again under its own name with every row, id and index kept.
-- Trap: with foreign keys on, DROP TABLE article deletes its rows first, cascading to article_tag and
-- article_slug_redirect; those rows are set aside and put back. The deferred checks pass at commit, once the new
-- table holds every id again.
PRAGMA defer_foreign_keys = ON;

CREATE TEMP TABLE article_tag_kept AS SELECT article_id, tag_id FROM article_tag;
CREATE TEMP TABLE article_slug_redirect_kept AS SELECT old_slug, article_id FROM article_slug_redirect;

CREATE TABLE article_new (
    id            INTEGER PRIMARY KEY,
    slug          TEXT    NOT NULL UNIQUE,
    title         TEXT    NOT NULL,
    excerpt       TEXT    NOT NULL DEFAULT '',
    body_source   TEXT    NOT NULL,
    body_format   TEXT    NOT NULL CHECK (body_format IN ('markdown', 'html')),
    body_html     TEXT    NOT NULL,
    status        TEXT    NOT NULL CHECK (status IN ('draft', 'pending', 'scheduled', 'published', 'trash')),
    published_at  INTEGER,
    author_id     INTEGER NOT NULL REFERENCES author (id),
    category_id   INTEGER NOT NULL REFERENCES category (id),
    comments_open BOOLEAN NOT NULL DEFAULT TRUE,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL
);

INSERT INTO article_new (id, slug, title, excerpt, body_source, body_format, body_html, status, published_at,
                         author_id, category_id, comments_open, created_at, updated_at)
SELECT id, slug, title, excerpt, body_source, body_format, body_html, status, published_at,
       author_id, category_id, comments_open, created_at, updated_at
FROM article;

DROP TABLE article;
ALTER TABLE article_new RENAME TO article;

CREATE INDEX article_public_by_time ON article (status, published_at);
CREATE INDEX article_by_category ON article (category_id, published_at);
CREATE INDEX article_by_author ON article (author_id, published_at);

INSERT OR IGNORE INTO article_tag (article_id, tag_id) SELECT article_id, tag_id FROM article_tag_kept;
INSERT OR IGNORE INTO article_slug_redirect (old_slug, article_id)
SELECT old_slug, article_id FROM article_slug_redirect_kept;

DROP TABLE article_tag_kept;
DROP TABLE article_slug_redirect_kept;

-- every save of an article in the newsroom: what it said then, who saved it and when
CREATE TABLE article_revision (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    title      TEXT    NOT NULL,
    body       TEXT    NOT NULL,
    excerpt    TEXT    NOT NULL,
    saved_by   TEXT    NOT NULL,
    saved_at   INTEGER NOT NULL
);

CREATE INDEX article_revision_by_article ON article_revision (article_id, saved_at);
