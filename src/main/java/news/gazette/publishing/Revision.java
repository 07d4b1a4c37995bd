package news.gazette.publishing;

import java.time.Instant;

/**
 * An article as one save left it: its title, Markdown body, excerpt and featured image (null for none), who saved it
 * and when. Revisions saved before articles had featured images have none.
 */
public record Revision(long id, long articleId, String title, String body, String excerpt, String savedBy,
                       Instant savedAt, Long featuredImageId) {
}
