CREATE TABLE author (
    id           INTEGER PRIMARY KEY,
    slug         TEXT    NOT NULL UNIQUE,
    display_name TEXT    NOT NULL,
    bio          TEXT    NOT NULL DEFAULT '',
    created_at   INTEGER NOT NULL
);

CREATE TABLE category (
    id          INTEGER PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT ''
);

CREATE TABLE tag (
    id   INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
);

CREATE TABLE article (
    id            INTEGER PRIMARY KEY,
    slug          TEXT    NOT NULL UNIQUE,
    title         TEXT    NOT NULL,
    excerpt       TEXT    NOT NULL DEFAULT '',
    body_source   TEXT    NOT NULL,
    body_format   TEXT    NOT NULL CHECK (body_format IN ('markdown', 'html')),
    body_html     TEXT    NOT NULL,
    status        TEXT    NOT NULL CHECK (status IN ('draft', 'scheduled', 'published')),
    published_at  INTEGER,
    author_id     INTEGER NOT NULL REFERENCES author (id),
    category_id   INTEGER NOT NULL REFERENCES category (id),
    comments_open BOOLEAN NOT NULL DEFAULT TRUE,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL
);

CREATE INDEX article_public_by_time ON article (status, published_at);
CREATE INDEX article_by_category ON article (category_id, published_at);
CREATE INDEX article_by_author ON article (author_id, published_at);

CREATE TABLE article_tag (
    article_id INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    tag_id     INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, tag_id)
);

CREATE INDEX article_tag_by_tag ON article_tag (tag_id);

-- slugs an article had before, so old links answer with a permanent redirect
CREATE TABLE article_slug_redirect (
    old_slug   TEXT    NOT NULL PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE
);
