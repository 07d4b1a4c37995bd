package news.gazette.comments;

import java.util.Collection;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All SQL on the comment table. */
@Repository
class CommentStore {

    private final JdbcClient jdbc;

    CommentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a comment as it was submitted; returns its id. */
    long insert(long articleId, Long parentId, String authorName, String authorEmail, String authorUrl,
                String body, String status, java.time.Instant at) {
        return jdbc.sql("""
                        INSERT INTO comment (article_id, parent_id, author_name, author_email, author_url, body, status,
                                             created_at)
                        VALUES (:article, :parent, :name, :email, :url, :body, :status, :at)
                        RETURNING id
                        """)
                .param("article", articleId)
                .param("parent", parentId, java.sql.Types.BIGINT)
                .param("name", authorName)
                .param("email", authorEmail)
                .param("url", authorUrl)
                .param("body", body)
                .param("status", status)
                .param("at", java.sql.Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    void setStatus(long commentId, String status) {
        jdbc.sql("UPDATE comment SET status = :status WHERE id = :id").param("status", status).param("id", commentId).update();
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
}
