-- disabled_at: when an administrator disabled the account; while set it cannot sign in and gets no newsroom mail
-- session_generation: counts the times every session of the account was ended (on disabling it); sessions carry it
-- last_sign_in_at: the last time the account signed in, NULL until it first does
-- invited_at: when an administrator last sent it an invitation to choose its password, NULL for accounts made otherwise
ALTER TABLE account ADD COLUMN disabled_at INTEGER;
ALTER TABLE account ADD COLUMN session_generation INTEGER NOT NULL DEFAULT 0;
ALTER TABLE account ADD COLUMN last_sign_in_at INTEGER;
ALTER TABLE account ADD COLUMN invited_at INTEGER;

CREATE INDEX account_by_role ON account (role);
