-- The duplicate check (same article, same email, same text) and the flood check (this email's latest comment)
-- run for every comment posted. Indexed by email and article, the duplicate check reads only this commenter's
-- comments on this article, not every comment on a busy article; by email and time, the flood check reads
-- only the last few seconds.
DROP INDEX comment_by_email;
CREATE INDEX comment_by_email_article ON comment (author_email, article_id);
CREATE INDEX comment_by_email_time ON comment (author_email, created_at);
