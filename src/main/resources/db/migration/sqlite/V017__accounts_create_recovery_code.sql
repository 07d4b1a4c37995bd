-- single-use codes that sign in instead of an authenticator app's code, when two-factor is on: a keyed hash of each
-- code, never the code. A row is deleted when its code is used; all of an account's go when new ones are made and
-- when two-factor is turned off.
CREATE TABLE recovery_code (
    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    code_hash  TEXT    NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (account_id, code_hash)
) WITHOUT ROWID;
