package news.gazette.comments.spam;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * All SQL on the spam filter's tables; the same statements run on SQLite and PostgreSQL. Writes join the caller's
 * transaction, so a decision and what the filter learnt from it commit or roll back together. Counts stop at 0.
 */
@Repository
class SpamTokenStore {

    /** Rows per statement: three parameters each stays far below SQLite's and PostgreSQL's parameter limits. */
    private static final int CHUNK = 1_000;

    private final JdbcClient jdbc;

    SpamTokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many comments the filter learnt as spam and as approved. */
    Decisions decisions() {
        var documents = new HashMap<String, Long>();
        jdbc.sql("SELECT label, documents FROM spam_totals")
                .query(rs -> {
                    documents.put(rs.getString("label"), rs.getLong("documents"));
                });
        return new Decisions(documents.getOrDefault("spam", 0L), documents.getOrDefault("ham", 0L));
    }

    /** The counts of those tokens that were ever learnt, by token. */
    Map<String, TokenCounts> counts(Collection<String> tokens) {
        var counts = new HashMap<String, TokenCounts>();
        for (List<String> chunk : chunks(tokens)) {
            jdbc.sql("SELECT token, spam_count, ham_count FROM spam_token WHERE token IN (:tokens)")
                    .param("tokens", chunk)
                    .query((rs, row) -> new TokenCounts(rs.getString("token"), rs.getLong("spam_count"),
                            rs.getLong("ham_count")))
                    .list()
                    .forEach(seen -> counts.put(seen.token(), seen));
        }
        return counts;
    }

    /** Counts one more comment with these tokens under the label. */
    void add(Collection<String> tokens, boolean spam) {
        jdbc.sql("UPDATE spam_totals SET documents = documents + 1 WHERE label = :label")
                .param("label", spam ? "spam" : "ham")
                .update();
        for (List<String> chunk : chunks(tokens)) {
            var rows = new ArrayList<Object[]>(chunk.size());
            for (String token : chunk) {
                rows.add(new Object[] {token, spam ? 1 : 0, spam ? 0 : 1});
            }
            // VALUES :rows expands to one (?, ?, ?) per row
            jdbc.sql("""
                            INSERT INTO spam_token (token, spam_count, ham_count) VALUES :rows
                            ON CONFLICT (token) DO UPDATE SET spam_count = spam_token.spam_count + excluded.spam_count,
                                                              ham_count = spam_token.ham_count + excluded.ham_count
                            """)
                    .param("rows", rows)
                    .update();
        }
    }

    /** Takes back one comment with these tokens from the label, never below 0; forgets tokens left at 0 and 0. */
    void remove(Collection<String> tokens, boolean spam) {
        jdbc.sql("UPDATE spam_totals SET documents = documents - 1 WHERE label = :label AND documents > 0")
                .param("label", spam ? "spam" : "ham")
                .update();
        String column = spam ? "spam_count" : "ham_count";
        for (List<String> chunk : chunks(tokens)) {
            jdbc.sql("UPDATE spam_token SET " + column + " = " + column + " - 1 WHERE token IN (:tokens) AND "
                            + column + " > 0")
                    .param("tokens", chunk)
                    .update();
            jdbc.sql("DELETE FROM spam_token WHERE token IN (:tokens) AND spam_count = 0 AND ham_count = 0")
                    .param("tokens", chunk)
                    .update();
        }
    }

    /**
     * The tokens sorted and cut into statements of {@link #CHUNK}. Sorted, so that on PostgreSQL two decisions
     * learnt at once upsert the tokens they share in the same order and do not deadlock on each other's rows.
     */
    private static List<List<String>> chunks(Collection<String> tokens) {
        var sorted = new ArrayList<>(new TreeSet<>(tokens));
        var chunks = new ArrayList<List<String>>();
        for (int from = 0; from < sorted.size(); from += CHUNK) {
            chunks.add(sorted.subList(from, Math.min(from + CHUNK, sorted.size())));
        }
        return chunks;
    }
}
