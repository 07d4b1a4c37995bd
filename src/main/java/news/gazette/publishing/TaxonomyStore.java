package news.gazette.publishing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of the newsroom's categories, tags and author profiles, and of the old slugs they answer to. Kept apart
 * from {@link PublishingStore}, which is about articles and already long; table and column names come only from
 * {@link TermKind}, never from input.
 */
@Repository
class TaxonomyStore {

    private final JdbcClient jdbc;

    TaxonomyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every term of a kind with how many articles, in any status, are filed under it; by name. */
    List<TermEntry> list(TermKind kind) {
        return jdbc.sql(select(kind) + " ORDER BY LOWER(t." + kind.nameColumn + "), t.id").query(TermEntry.class).list();
    }

    Optional<TermEntry> find(TermKind kind, long id) {
        return jdbc.sql(select(kind) + " WHERE t.id = :id").param("id", id).query(TermEntry.class).optional();
    }

    /** Whether another term of this kind than {@code exceptId} has this slug. */
    boolean slugTaken(TermKind kind, String slug, Long exceptId) {
        return jdbc.sql("SELECT COUNT(*) FROM " + kind.table + " WHERE slug = :slug AND id <> :except")
                .param("slug", slug)
                .param("except", exceptId == null ? -1L : exceptId)
                .query(Long.class).single() > 0;
    }

    long insert(TermKind kind, String slug, String name, String description, Instant now) {
        String sql = switch (kind) {
            case CATEGORY -> "INSERT INTO category (slug, name, description) VALUES (:slug, :name, :description)";
            case TAG -> "INSERT INTO tag (slug, name) VALUES (:slug, :name)";
            case AUTHOR -> "INSERT INTO author (slug, display_name, bio, created_at) VALUES (:slug, :name, :description, :now)";
        };
        var statement = jdbc.sql(sql + " RETURNING id").param("slug", slug).param("name", name);
        if (kind != TermKind.TAG) {
            statement = statement.param("description", description);
        }
        if (kind == TermKind.AUTHOR) {
            statement = statement.param("now", java.sql.Timestamp.from(now));
        }
        return statement.query(Long.class).single();
    }

    void update(TermKind kind, long id, String slug, String name, String description) {
        String set = "slug = :slug, " + kind.nameColumn + " = :name"
                + (kind.descriptionColumn == null ? "" : ", " + kind.descriptionColumn + " = :description");
        var statement = jdbc.sql("UPDATE " + kind.table + " SET " + set + " WHERE id = :id")
                .param("id", id).param("slug", slug).param("name", name);
        if (kind.descriptionColumn != null) {
            statement = statement.param("description", description);
        }
        statement.update();
    }

    /** Deletes the term and the old slugs that led to it; a tag leaves the articles it was on. */
    void delete(TermKind kind, long id) {
        if (kind == TermKind.TAG) {
            jdbc.sql("DELETE FROM article_tag WHERE tag_id = :id").param("id", id).update();
        }
        jdbc.sql("DELETE FROM taxonomy_slug_redirect WHERE kind = :kind AND target_id = :id")
                .param("kind", kind.word()).param("id", id).update();
        jdbc.sql("DELETE FROM " + kind.table + " WHERE id = :id").param("id", id).update();
    }

    /** Tags every article tagged {@code from} with {@code into} as well, and sends old links of {@code from} there. */
    void retag(long from, long into) {
        jdbc.sql("""
                        INSERT INTO article_tag (article_id, tag_id)
                        SELECT article_id, :into FROM article_tag WHERE tag_id = :from
                        ON CONFLICT DO NOTHING
                        """)
                .param("from", from).param("into", into).update();
        jdbc.sql("UPDATE taxonomy_slug_redirect SET target_id = :into WHERE kind = 'tag' AND target_id = :from")
                .param("from", from).param("into", into).update();
    }

    /** Old links to {@code oldSlug} lead to this term from now on; {@code newSlug} is no longer an old link. */
    void redirect(TermKind kind, String oldSlug, String newSlug, long id) {
        jdbc.sql("DELETE FROM taxonomy_slug_redirect WHERE kind = :kind AND old_slug = :slug")
                .param("kind", kind.word()).param("slug", newSlug).update();
        jdbc.sql("""
                        INSERT INTO taxonomy_slug_redirect (kind, old_slug, target_id) VALUES (:kind, :slug, :id)
                        ON CONFLICT (kind, old_slug) DO UPDATE SET target_id = :id
                        """)
                .param("kind", kind.word()).param("slug", oldSlug).param("id", id).update();
    }

    /** The current slug of the term once reachable as {@code oldSlug}. */
    Optional<String> currentSlug(TermKind kind, String oldSlug) {
        return jdbc.sql("SELECT t.slug FROM taxonomy_slug_redirect r JOIN " + kind.table
                        + " t ON t.id = r.target_id WHERE r.kind = :kind AND r.old_slug = :slug")
                .param("kind", kind.word()).param("slug", oldSlug)
                .query(String.class).optional();
    }

    private static String select(TermKind kind) {
        String description = kind.descriptionColumn == null ? "''" : "t." + kind.descriptionColumn;
        return "SELECT t.id, t.slug, t." + kind.nameColumn + " AS name, " + description + " AS description, "
                + "(SELECT COUNT(*) FROM article a WHERE " + kind.articleOf + ") AS articles FROM " + kind.table + " t";
    }
}
