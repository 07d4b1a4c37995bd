-- Settings saved on the newsroom's Settings page. name is the property the value overrides ("gazette.site.title",
-- "spring.mail.host"); a setting without a row keeps its property's value. Every instance reads the table again
-- every few seconds, so a change made on one reaches the others.
CREATE TABLE site_setting (
    name       TEXT    NOT NULL PRIMARY KEY,
    value      TEXT    NOT NULL,
    updated_at INTEGER NOT NULL,
    updated_by TEXT    NOT NULL
);
