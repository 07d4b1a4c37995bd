package news.gazette.comments;

import java.time.Instant;

/** One moderation action: what was done ("approve", "spam", "edit", …), by whom, when, with an optional note. */
public record ModerationRecord(String action, String actor, String note, Instant at) {
}
