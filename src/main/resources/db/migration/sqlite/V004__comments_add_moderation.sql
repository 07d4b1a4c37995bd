-- body_html: the comment as pages show it, escaped and linked when it was posted
-- held_reason: why a comment waits or was marked spam, for the moderation desk
-- spam_score: the classifier's estimate when the comment came in, 0 to 1
-- notify_replies: the commenter asked to be told of replies; unsubscribe_token ends that in one click
ALTER TABLE comment ADD COLUMN body_html TEXT NOT NULL DEFAULT '';
ALTER TABLE comment ADD COLUMN held_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE comment ADD COLUMN spam_score REAL;
ALTER TABLE comment ADD COLUMN notify_replies BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE comment ADD COLUMN unsubscribe_token TEXT;
ALTER TABLE comment ADD COLUMN updated_at INTEGER;

CREATE INDEX comment_by_email ON comment (author_email, status);
CREATE INDEX comment_by_ip ON comment (author_ip, created_at);
CREATE INDEX comment_by_parent ON comment (parent_id);

-- every moderation action: who did what to which comment, and when
CREATE TABLE comment_moderation (
    id         INTEGER PRIMARY KEY,
    comment_id INTEGER NOT NULL,
    action     TEXT    NOT NULL,
    actor      TEXT    NOT NULL,
    note       TEXT    NOT NULL DEFAULT '',
    at         INTEGER NOT NULL
);

CREATE INDEX comment_moderation_by_comment ON comment_moderation (comment_id, at);
