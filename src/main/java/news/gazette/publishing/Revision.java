package news.gazette.publishing;

import java.time.Instant;

/** An article as one save left it: its title, Markdown body and excerpt, who saved it and when. */
public record Revision(long id, long articleId, String title, String body, String excerpt, String savedBy,
                       Instant savedAt) {
}
