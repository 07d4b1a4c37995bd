-- secrets the site signs and keys things with (avatar hashes, form tokens), made once and shared by every instance
CREATE TABLE site_key (
    purpose    TEXT    NOT NULL PRIMARY KEY,
    secret     TEXT    NOT NULL,
    created_at INTEGER NOT NULL
);
