package news.gazette.comments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All SQL on the comment tables. The same statements run on SQLite and PostgreSQL. */
@Repository
class CommentStore {

    private static final String COLUMNS = """
            id, article_id, parent_id, author_name, author_email, author_url, author_ip, user_agent, body, body_html,
            status, held_reason, spam_score, notify_replies, unsubscribe_token, created_at
            """;

    private final JdbcClient jdbc;

    CommentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a comment as it was submitted and judged; returns its id. */
    long insert(long articleId, Long parentId, String authorName, String authorEmail, String authorUrl,
                String authorIp, String userAgent, String body, String bodyHtml, CommentStatus status,
                String heldReason, Double spamScore, boolean notifyReplies, String unsubscribeToken, Instant at) {
        return jdbc.sql("""
                        INSERT INTO comment (article_id, parent_id, author_name, author_email, author_url, author_ip,
                                             user_agent, body, body_html, status, held_reason, spam_score,
                                             notify_replies, unsubscribe_token, created_at)
                        VALUES (:article, :parent, :name, :email, :url, :ip, :agent, :body, :bodyHtml, :status,
                                :reason, :score, :notify, :unsubscribe, :at)
                        RETURNING id
                        """)
                .param("article", articleId)
                .param("parent", parentId, Types.BIGINT)
                .param("name", authorName)
                .param("email", authorEmail)
                .param("url", authorUrl)
                .param("ip", authorIp, Types.VARCHAR)
                .param("agent", userAgent, Types.VARCHAR)
                .param("body", body)
                .param("bodyHtml", bodyHtml)
                .param("status", status.column())
                .param("reason", heldReason)
                .param("score", spamScore, Types.DOUBLE)
                .param("notify", notifyReplies)
                .param("unsubscribe", unsubscribeToken, Types.VARCHAR)
                .param("at", Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    Optional<StoredComment> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM comment WHERE id = :id")
                .param("id", id)
                .query((rs, row) -> stored(rs))
                .optional();
    }

    /**
     * The comments of an article a viewer may see, oldest first: the approved ones, and those awaiting moderation
     * that the viewer wrote (by the email their signed cookie proves, or the one comment their link names).
     */
    List<StoredComment> visibleOn(long articleId, String viewerEmail, long viewerCommentId) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM comment
                        WHERE article_id = :article
                          AND (status = 'approved'
                               OR (status = 'pending' AND (id = :own OR author_email = :email)))
                        ORDER BY created_at, id
                        """)
                .param("article", articleId)
                .param("own", viewerCommentId)
                .param("email", viewerEmail == null ? "" : viewerEmail)
                .query((rs, row) -> stored(rs))
                .list();
    }

    /** The newest approved comments, of one article or (articleId null) of the whole site. */
    List<StoredComment> latestApproved(Long articleId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM comment WHERE status = 'approved'"
                        + (articleId == null ? "" : " AND article_id = :article")
                        + " ORDER BY created_at DESC, id DESC LIMIT :limit")
                .params(articleId == null ? Map.of("limit", limit) : Map.of("limit", limit, "article", articleId))
                .query((rs, row) -> stored(rs))
                .list();
    }

    void setStatus(long commentId, CommentStatus status, Instant at) {
        jdbc.sql("UPDATE comment SET status = :status, updated_at = :at WHERE id = :id")
                .param("status", status.column())
                .param("at", Timestamp.from(at))
                .param("id", commentId)
                .update();
    }

    /** What the spam filter was taught about this comment: "spam", "ham" or null. */
    String learnedAs(long commentId) {
        return jdbc.sql("SELECT learned_as FROM comment WHERE id = :id").param("id", commentId).query(String.class)
                .optional().orElse(null);
    }

    void setLearnedAs(long commentId, String learnedAs) {
        jdbc.sql("UPDATE comment SET learned_as = :learned WHERE id = :id")
                .param("learned", learnedAs, Types.VARCHAR)
                .param("id", commentId)
                .update();
    }

    /** Replaces who a comment says wrote it and what it says. */
    void updateWritten(long commentId, String name, String email, String website, String body, String bodyHtml,
                       Instant at) {
        jdbc.sql("""
                        UPDATE comment SET author_name = :name, author_email = :email, author_url = :url, body = :body,
                                           body_html = :html, updated_at = :at
                        WHERE id = :id
                        """)
                .param("name", name)
                .param("email", email)
                .param("url", website)
                .param("body", body)
                .param("html", bodyHtml)
                .param("at", Timestamp.from(at))
                .param("id", commentId)
                .update();
    }

    /** Deletes a comment; its replies move up to its parent, so no thread loses its answers. */
    void delete(long commentId, Long parentId) {
        jdbc.sql("UPDATE comment SET parent_id = :parent WHERE parent_id = :id")
                .param("parent", parentId, Types.BIGINT)
                .param("id", commentId)
                .update();
        jdbc.sql("DELETE FROM comment WHERE id = :id").param("id", commentId).update();
    }

    void recordModeration(long commentId, String action, String actor, String note, Instant at) {
        jdbc.sql("""
                        INSERT INTO comment_moderation (comment_id, action, actor, note, at)
                        VALUES (:comment, :action, :actor, :note, :at)
                        """)
                .param("comment", commentId)
                .param("action", action)
                .param("actor", actor)
                .param("note", note)
                .param("at", Timestamp.from(at))
                .update();
    }

    List<ModerationRecord> moderationHistory(long commentId) {
        return jdbc.sql("SELECT action, actor, note, at FROM comment_moderation WHERE comment_id = :id ORDER BY at, id")
                .param("id", commentId)
                .query((rs, row) -> new ModerationRecord(rs.getString("action"), rs.getString("actor"),
                        rs.getString("note"), rs.getTimestamp("at").toInstant()))
                .list();
    }

    boolean hasApprovedCommentFrom(String email) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM comment WHERE author_email = :email AND status = 'approved')")
                .param("email", email)
                .query(Boolean.class)
                .single();
    }

    /** Whether this IP address or this email posted a comment (not since binned) after {@code since}. */
    boolean hasCommentedSince(String ip, String email, Instant since) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM comment
                                       WHERE author_ip = :ip AND created_at > :since AND status <> 'trash')
                            OR EXISTS (SELECT 1 FROM comment
                                       WHERE author_email = :email AND created_at > :since AND status <> 'trash')
                        """)
                .param("ip", ip == null ? "" : ip)
                .param("email", email)
                .param("since", Timestamp.from(since))
                .query(Boolean.class)
                .single();
    }

    boolean isDuplicate(long articleId, String email, String body) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM comment
                                       WHERE article_id = :article AND author_email = :email AND body = :body
                                         AND status <> 'trash')
                        """)
                .param("article", articleId)
                .param("email", email)
                .param("body", body)
                .query(Boolean.class)
                .single();
    }

    /** Clears IP addresses and user agents of comments made before {@code before}; returns how many. */
    int forgetAddresses(Instant before) {
        return jdbc.sql("""
                        UPDATE comment SET author_ip = NULL, user_agent = NULL
                        WHERE created_at < :before AND (author_ip IS NOT NULL OR user_agent IS NOT NULL)
                        """)
                .param("before", Timestamp.from(before))
                .update();
    }

    /** Ends reply notifications for the comment with this token; false when no comment has it. */
    boolean unsubscribe(String token) {
        return jdbc.sql("UPDATE comment SET notify_replies = FALSE WHERE unsubscribe_token = :token AND notify_replies")
                .param("token", token)
                .update() > 0;
    }

    /** Approved comments per article, for the articles that have any. */
    Map<Long, Long> countApproved(Collection<Long> articleIds) {
        var counts = new java.util.HashMap<Long, Long>();
        jdbc.sql("""
                        SELECT article_id, COUNT(*) AS approved FROM comment
                        WHERE status = 'approved' AND article_id IN (:ids)
                        GROUP BY article_id
                        """)
                .param("ids", articleIds)
                .query(rs -> {
                    counts.put(rs.getLong("article_id"), rs.getLong("approved"));
                });
        return counts;
    }

    /** A comment in a moderation queue, with the name and text of the comment it answers (null if none). */
    record Queued(StoredComment comment, String parentAuthor, String parentBodyHtml) {
    }

    /**
     * Comments with this status, newest first; with a search pattern (a LIKE pattern in lower case, '!' its escape
     * character) only those whose author's name, email, IP address or text match it.
     */
    List<Queued> queue(CommentStatus status, String pattern, int limit, int offset) {
        return jdbc.sql(QUEUED + queueFilter(pattern) + " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .params(queueParams(status, pattern))
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, row) -> queued(rs))
                .list();
    }

    /** One comment as a moderation queue holds it, whatever its status. */
    Optional<Queued> findQueued(long id) {
        return jdbc.sql(QUEUED + " WHERE id = :id")
                .param("id", id)
                .query((rs, row) -> queued(rs))
                .optional();
    }

    private static final String QUEUED = "SELECT " + COLUMNS + """
            , (SELECT p.author_name FROM comment p WHERE p.id = comment.parent_id) AS parent_author,
              (SELECT p.body_html FROM comment p WHERE p.id = comment.parent_id) AS parent_html
             FROM comment
            """;

    private static Queued queued(ResultSet rs) throws SQLException {
        return new Queued(stored(rs), rs.getString("parent_author"), rs.getString("parent_html"));
    }

    long countQueue(CommentStatus status, String pattern) {
        return jdbc.sql("SELECT COUNT(*) FROM comment " + queueFilter(pattern))
                .params(queueParams(status, pattern))
                .query(Long.class)
                .single();
    }

    private static String queueFilter(String pattern) {
        return pattern == null ? "WHERE status = :status" : """
                WHERE status = :status
                  AND (LOWER(author_name) LIKE :pattern ESCAPE '!' OR LOWER(author_email) LIKE :pattern ESCAPE '!'
                       OR LOWER(COALESCE(author_ip, '')) LIKE :pattern ESCAPE '!' OR LOWER(body) LIKE :pattern ESCAPE '!')
                """;
    }

    private static Map<String, Object> queueParams(CommentStatus status, String pattern) {
        return pattern == null ? Map.of("status", status.column()) : Map.of("status", status.column(), "pattern", pattern);
    }

    /** How many comments have each status; a status no comment has is missing. */
    Map<CommentStatus, Long> countByStatus() {
        var counts = new java.util.EnumMap<CommentStatus, Long>(CommentStatus.class);
        jdbc.sql("SELECT status, COUNT(*) AS comments FROM comment GROUP BY status")
                .query(rs -> {
                    counts.put(CommentStatus.ofColumn(rs.getString("status")), rs.getLong("comments"));
                });
        return counts;
    }

    /** The comments with this status from this email, oldest first. */
    List<Long> idsFrom(String email, CommentStatus status) {
        return jdbc.sql("SELECT id FROM comment WHERE author_email = :email AND status = :status ORDER BY created_at, id")
                .param("email", email)
                .param("status", status.column())
                .query(Long.class)
                .list();
    }

    /** Blocks an email ("email") or IP address ("address"); false when it was blocked already. */
    boolean block(String kind, String value, String actor, Instant at) {
        return jdbc.sql("""
                        INSERT INTO blocked_commenter (kind, value, blocked_by, blocked_at)
                        VALUES (:kind, :value, :actor, :at)
                        ON CONFLICT (kind, value) DO NOTHING
                        """)
                .param("kind", kind)
                .param("value", value)
                .param("actor", actor)
                .param("at", Timestamp.from(at))
                .update() > 0;
    }

    /**
     * The blocks that may concern a comment from this email and IP address: the email's, the address's (as the
     * server saw it, or in its canonical form) and every range of addresses, which the caller checks. Ranges are the
     * address values with a "/"; there are few, and no index finds them, so each comment reads them all.
     */
    List<BlockedCommenter> blocksConcerning(String email, String ip, String canonicalIp) {
        return jdbc.sql(BLOCKS + """
                        WHERE (kind = 'email' AND value = :email)
                           OR (kind = 'address' AND (value IN (:ip, :canonical) OR value LIKE '%/%'))
                        """)
                .param("email", email)
                .param("ip", ip == null ? "" : ip)
                .param("canonical", canonicalIp == null ? "" : canonicalIp)
                .query((rs, row) -> blocked(rs))
                .list();
    }

    /** The blocks, newest first. */
    List<BlockedCommenter> blocks(int limit, int offset) {
        return jdbc.sql(BLOCKS + " ORDER BY blocked_at DESC, kind, value LIMIT :limit OFFSET :offset")
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, row) -> blocked(rs))
                .list();
    }

    long countBlocks() {
        return jdbc.sql("SELECT COUNT(*) FROM blocked_commenter").query(Long.class).single();
    }

    /** Lifts a block; false when there was none. */
    boolean unblock(String kind, String value) {
        return jdbc.sql("DELETE FROM blocked_commenter WHERE kind = :kind AND value = :value")
                .param("kind", kind)
                .param("value", value)
                .update() > 0;
    }

    private static final String BLOCKS = "SELECT kind, value, blocked_by, blocked_at FROM blocked_commenter ";

    private static BlockedCommenter blocked(ResultSet rs) throws SQLException {
        return new BlockedCommenter(rs.getString("kind"), rs.getString("value"), rs.getString("blocked_by"),
                rs.getTimestamp("blocked_at").toInstant());
    }

    private static StoredComment stored(ResultSet rs) throws SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        double score = rs.getDouble("spam_score");
        Double spamScore = rs.wasNull() ? null : score;
        return new StoredComment(rs.getLong("id"), rs.getLong("article_id"), parentId, rs.getString("author_name"),
                rs.getString("author_email"), rs.getString("author_url"), rs.getString("author_ip"),
                rs.getString("user_agent"), rs.getString("body"), rs.getString("body_html"),
                CommentStatus.ofColumn(rs.getString("status")), rs.getString("held_reason"), spamScore,
                rs.getBoolean("notify_replies"), rs.getString("unsubscribe_token"),
                rs.getTimestamp("created_at").toInstant());
    }
}
