-- slugs a category, tag or author had before, so old archive links answer with a permanent redirect;
-- kind is 'category', 'tag' or 'author' and names the table target_id points into
CREATE TABLE taxonomy_slug_redirect (
    kind      TEXT    NOT NULL CHECK (kind IN ('category', 'tag', 'author')),
    old_slug  TEXT    NOT NULL,
    target_id BIGINT NOT NULL,
    PRIMARY KEY (kind, old_slug)
);
