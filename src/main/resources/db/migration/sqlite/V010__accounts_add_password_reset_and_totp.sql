-- totp_secret: the base32 key of the account's authenticator app (RFC 6238), NULL while two-factor is off
-- totp_last_step: the 30-second step of the last code accepted; a code of that step or an earlier one is refused
ALTER TABLE account ADD COLUMN totp_secret TEXT;
ALTER TABLE account ADD COLUMN totp_last_step INTEGER;

-- emailed password reset links: a keyed hash of each link's token, never the token; a row is deleted when used
CREATE TABLE password_reset (
    token_hash TEXT    NOT NULL PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    expires_at INTEGER NOT NULL,
    created_at INTEGER NOT NULL
);

CREATE INDEX password_reset_by_account ON password_reset (account_id);
