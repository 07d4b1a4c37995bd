-- Uploaded images. name is the file under the data directory's media folder: a hash of the bytes and the
-- extension of the detected type, never the uploaded file's name. content_type is what the bytes are.
CREATE TABLE media (
    id           INTEGER PRIMARY KEY,
    name         TEXT    NOT NULL UNIQUE,
    content_type TEXT    NOT NULL,
    width        INTEGER NOT NULL,
    height       INTEGER NOT NULL,
    byte_size    INTEGER NOT NULL,
    alt          TEXT    NOT NULL,
    uploaded_by  TEXT    NOT NULL,
    created_at   INTEGER NOT NULL
);

-- Smaller copies of an image for srcset, in the same folder.
CREATE TABLE media_variant (
    name         TEXT    NOT NULL PRIMARY KEY,
    media_id     INTEGER NOT NULL REFERENCES media (id) ON DELETE CASCADE,
    content_type TEXT    NOT NULL,
    width        INTEGER NOT NULL,
    height       INTEGER NOT NULL,
    byte_size    INTEGER NOT NULL
);

CREATE INDEX media_variant_by_media ON media_variant (media_id, width);
