-- what the spam filter was taught about this comment by a moderator's decision ('spam' or 'ham'), if anything,
-- so a reversed decision can be untaught exactly once
ALTER TABLE comment ADD COLUMN learned_as TEXT CHECK (learned_as IN ('spam', 'ham'));
