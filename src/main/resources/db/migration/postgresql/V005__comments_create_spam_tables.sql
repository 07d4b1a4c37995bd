-- What the spam filter has learnt from moderators: in how many spam and approved comments each token appeared
-- (a comment counts once per token), and how many of each the filter was taught.
CREATE TABLE spam_token (
    token      TEXT    PRIMARY KEY,
    spam_count INTEGER NOT NULL CHECK (spam_count >= 0),
    ham_count  INTEGER NOT NULL CHECK (ham_count >= 0)
);

CREATE TABLE spam_totals (
    label     TEXT    PRIMARY KEY CHECK (label IN ('spam', 'ham')),
    documents INTEGER NOT NULL CHECK (documents >= 0)
);

INSERT INTO spam_totals (label, documents) VALUES ('spam', 0), ('ham', 0);
