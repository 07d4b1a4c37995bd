package news.gazette.publishing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * All SQL on the publishing tables. The same statements run on SQLite and PostgreSQL.
 * An article is public when it is published or scheduled and its time is not after {@code now}.
 */
@Repository
class PublishingStore {

    private static final String PUBLIC = "a.status IN ('published', 'scheduled') AND a.published_at <= :now";

    private static final String SUMMARY_COLUMNS = """
            a.id, a.slug, a.title, a.excerpt, a.published_at, a.featured_media_id,
            au.id AS author_id, au.slug AS author_slug, au.display_name AS author_name, au.bio AS author_bio,
            c.id AS category_id, c.slug AS category_slug, c.name AS category_name,
            c.description AS category_description
            """;

    private static final String REVISION =
            "SELECT id, article_id, title, body, excerpt, saved_by, saved_at, featured_media_id FROM article_revision";

    private static final String DESK_COLUMNS = """
            SELECT a.id, a.title, a.slug, a.status, au.display_name AS author_name, c.name AS category_name,
                   a.published_at, a.updated_at
            """;

    private static final String FROM = """
            FROM article a
            JOIN author au ON au.id = a.author_id
            JOIN category c ON c.id = a.category_id
            """;

    /** Which public articles a listing shows; each condition is fixed SQL with one named parameter. */
    enum Filter {
        ALL("1 = 1"),
        CATEGORY("a.category_id = :filter"),
        AUTHOR("a.author_id = :filter"),
        TAG("EXISTS (SELECT 1 FROM article_tag t WHERE t.article_id = a.id AND t.tag_id = :filter)");

        final String condition;

        Filter(String condition) {
            this.condition = condition;
        }
    }

    private final JdbcClient jdbc;

    PublishingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Article> findPublicBySlug(String slug, Instant now) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + """
                        , a.body_html, a.status, a.comments_open, a.created_at, a.updated_at
                        """ + FROM + "WHERE a.slug = :slug AND " + PUBLIC)
                .param("slug", slug)
                .param("now", Timestamp.from(now))
                .query((rs, row) -> article(rs, List.of()))
                .optional()
                .map(article -> withTags(article, tagsOf(article.id())));
    }

    Optional<String> findPublicSlugByOldSlug(String oldSlug, Instant now) {
        return jdbc.sql("SELECT a.slug FROM article_slug_redirect r JOIN article a ON a.id = r.article_id "
                        + "WHERE r.old_slug = :slug AND " + PUBLIC)
                .param("slug", oldSlug)
                .param("now", Timestamp.from(now))
                .query(String.class)
                .optional();
    }

    long countPublic(Filter filter, Object value, Instant from, Instant to, Instant now) {
        return jdbc.sql("SELECT COUNT(*) FROM article a WHERE " + PUBLIC + " AND " + filter.condition + period(from, to))
                .params(listingParams(filter, value, from, to, now))
                .query(Long.class)
                .single();
    }

    List<ArticleSummary> listPublic(Filter filter, Object value, Instant from, Instant to, Instant now,
                                    int limit, int offset) {
        var params = listingParams(filter, value, from, to, now);
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + FROM + "WHERE " + PUBLIC + " AND " + filter.condition
                        + period(from, to) + " ORDER BY a.published_at DESC, a.id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, row) -> summary(rs))
                .list();
    }

    Optional<Instant> nextScheduled(Instant now) {
        return jdbc.sql("SELECT MIN(published_at) FROM article WHERE status = 'scheduled' AND published_at > :now")
                .param("now", Timestamp.from(now))
                .query((rs, row) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
                .single();
    }

    /** Marks scheduled articles whose time has come as published; returns those this call changed. */
    List<ArticlePublished> publishDue(Instant now) {
        return jdbc.sql("""
                        UPDATE article SET status = 'published', updated_at = :now
                        WHERE status = 'scheduled' AND published_at <= :now
                        RETURNING id, slug
                        """)
                .param("now", Timestamp.from(now))
                .query((rs, row) -> new ArticlePublished(rs.getLong("id"), rs.getString("slug")))
                .list();
    }

    boolean hasAnyArticle() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM article)").query(Boolean.class).single();
    }

    long insertArticle(String slug, NewArticle article, String excerpt, String bodyHtml, Instant now) {
        return articleFields(jdbc.sql("""
                        INSERT INTO article (slug, title, excerpt, body_source, body_format, body_html, status,
                                             published_at, author_id, category_id, comments_open, featured_media_id,
                                             created_at, updated_at)
                        VALUES (:slug, :title, :excerpt, :body, 'markdown', :bodyHtml, :status,
                                :publishedAt, :authorId, :categoryId, :commentsOpen, :featured, :now, :now)
                        RETURNING id
                        """), slug, article, excerpt, bodyHtml, now)
                .query(Long.class)
                .single();
    }

    Optional<Article> findById(long id) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + """
                        , a.body_html, a.status, a.comments_open, a.created_at, a.updated_at
                        """ + FROM + "WHERE a.id = :id")
                .param("id", id)
                .query((rs, row) -> article(rs, List.of()))
                .optional()
                .map(article -> withTags(article, tagsOf(article.id())));
    }

    List<String> articleSlugsLike(String slug) {
        return slugsLike("article", slug);
    }

    void tagArticle(long articleId, long tagId) {
        jdbc.sql("INSERT INTO article_tag (article_id, tag_id) VALUES (:article, :tag) ON CONFLICT DO NOTHING")
                .param("article", articleId)
                .param("tag", tagId)
                .update();
    }

    List<Tag> tagsOf(long articleId) {
        return jdbc.sql("""
                        SELECT t.id, t.slug, t.name FROM tag t JOIN article_tag at ON at.tag_id = t.id
                        WHERE at.article_id = :id ORDER BY t.name
                        """)
                .param("id", articleId)
                .query(Tag.class)
                .list();
    }

    /** The tag with this slug, created with this name if there was none. */
    Tag tagFor(String slug, String name) {
        jdbc.sql("INSERT INTO tag (slug, name) VALUES (:slug, :name) ON CONFLICT (slug) DO NOTHING")
                .param("slug", slug)
                .param("name", name)
                .update();
        return findTag(slug).orElseThrow();
    }

    Optional<Tag> findTag(String slug) {
        return jdbc.sql("SELECT id, slug, name FROM tag WHERE slug = :slug").param("slug", slug).query(Tag.class).optional();
    }

    Optional<Category> findCategory(String slug) {
        return jdbc.sql("SELECT id, slug, name, description FROM category WHERE slug = :slug")
                .param("slug", slug)
                .query(Category.class)
                .optional();
    }

    Optional<Category> findCategory(long id) {
        return jdbc.sql("SELECT id, slug, name, description FROM category WHERE id = :id")
                .param("id", id)
                .query(Category.class)
                .optional();
    }

    List<Category> categories() {
        return jdbc.sql("SELECT id, slug, name, description FROM category ORDER BY name").query(Category.class).list();
    }

    Category insertCategory(String slug, String name, String description) {
        long id = jdbc.sql("INSERT INTO category (slug, name, description) VALUES (:slug, :name, :description) RETURNING id")
                .param("slug", slug)
                .param("name", name)
                .param("description", description)
                .query(Long.class)
                .single();
        return new Category(id, slug, name, description);
    }

    List<String> categorySlugsLike(String slug) {
        return slugsLike("category", slug);
    }

    Optional<Author> findAuthor(String slug) {
        return jdbc.sql("SELECT id, slug, display_name AS name, bio FROM author WHERE slug = :slug")
                .param("slug", slug)
                .query(Author.class)
                .optional();
    }

    Optional<Author> findAuthor(long id) {
        return jdbc.sql("SELECT id, slug, display_name AS name, bio FROM author WHERE id = :id")
                .param("id", id)
                .query(Author.class)
                .optional();
    }

    Author insertAuthor(String slug, String name, String bio, Instant now) {
        long id = jdbc.sql("INSERT INTO author (slug, display_name, bio, created_at) VALUES (:slug, :name, :bio, :now) RETURNING id")
                .param("slug", slug)
                .param("name", name)
                .param("bio", bio)
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
        return new Author(id, slug, name, bio);
    }

    List<String> authorSlugsLike(String slug) {
        return slugsLike("author", slug);
    }

    List<Author> authors() {
        return jdbc.sql("SELECT id, slug, display_name AS name, bio FROM author ORDER BY display_name")
                .query(Author.class)
                .list();
    }

    long countDesk(DeskFilter filter) {
        return jdbc.sql("SELECT COUNT(*) FROM article a WHERE " + deskConditions(filter))
                .params(deskParams(filter))
                .query(Long.class)
                .single();
    }

    List<DeskArticle> listDesk(DeskFilter filter, int limit, int offset) {
        var params = deskParams(filter);
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql(DESK_COLUMNS + FROM + "WHERE " + deskConditions(filter)
                        + " ORDER BY a.updated_at DESC, a.id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, row) -> deskArticle(rs))
                .list();
    }

    Optional<Manuscript> findManuscript(long id) {
        return jdbc.sql("""
                        SELECT id, title, slug, body_source, excerpt, author_id, category_id, comments_open, status,
                               published_at, updated_at, featured_media_id
                        FROM article WHERE id = :id
                        """)
                .param("id", id)
                .query((rs, row) -> new Manuscript(rs.getLong("id"), rs.getString("title"), rs.getString("slug"),
                        rs.getString("body_source"), rs.getString("excerpt"), rs.getLong("author_id"),
                        rs.getLong("category_id"), List.of(), rs.getBoolean("comments_open"),
                        ArticleStatus.ofColumn(rs.getString("status")), instant(rs, "published_at"),
                        instant(rs, "updated_at"), nullableId(rs, "featured_media_id")))
                .optional()
                .map(m -> new Manuscript(m.id(), m.title(), m.slug(), m.body(), m.excerpt(), m.authorId(),
                        m.categoryId(), tagsOf(m.id()).stream().map(Tag::name).toList(), m.commentsOpen(), m.status(),
                        m.publishedAt(), m.updatedAt(), m.featuredImageId()));
    }

    /** Whether an article other than {@code exceptId} (null: any) has this slug. */
    boolean articleSlugTaken(String slug, Long exceptId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM article WHERE slug = :slug AND id <> :except)")
                .param("slug", slug)
                .param("except", exceptId == null ? -1L : exceptId)
                .query(Boolean.class)
                .single();
    }

    void updateArticle(long id, String slug, NewArticle article, String excerpt, String bodyHtml, Instant now) {
        articleFields(jdbc.sql("""
                        UPDATE article SET slug = :slug, title = :title, excerpt = :excerpt, body_source = :body,
                               body_html = :bodyHtml, status = :status, published_at = :publishedAt,
                               author_id = :authorId, category_id = :categoryId, comments_open = :commentsOpen,
                               featured_media_id = :featured, updated_at = :now
                        WHERE id = :id
                        """), slug, article, excerpt, bodyHtml, now)
                .param("id", id)
                .update();
    }

    /** Binds an article's fields, as the insert and the update both name them. */
    private static JdbcClient.StatementSpec articleFields(JdbcClient.StatementSpec statement, String slug,
                                                         NewArticle article, String excerpt, String bodyHtml,
                                                         Instant now) {
        return statement
                .param("featured", article.featuredImageId(), Types.BIGINT)
                .param("slug", slug)
                .param("title", article.title())
                .param("excerpt", excerpt)
                .param("body", article.body())
                .param("bodyHtml", bodyHtml)
                .param("status", article.status().column())
                .param("publishedAt", article.publishAt() == null ? null : Timestamp.from(article.publishAt()),
                        Types.TIMESTAMP)
                .param("authorId", article.authorId())
                .param("categoryId", article.categoryId())
                .param("commentsOpen", article.commentsOpen())
                .param("now", Timestamp.from(now));
    }

    void setStatus(long id, ArticleStatus status, Instant publishedAt, Instant now) {
        jdbc.sql("UPDATE article SET status = :status, published_at = :publishedAt, updated_at = :now WHERE id = :id")
                .param("id", id)
                .param("status", status.column())
                .param("publishedAt", publishedAt == null ? null : Timestamp.from(publishedAt), java.sql.Types.TIMESTAMP)
                .param("now", Timestamp.from(now))
                .update();
    }

    void untagArticle(long articleId) {
        jdbc.sql("DELETE FROM article_tag WHERE article_id = :id").param("id", articleId).update();
    }

    /** Old links to {@code oldSlug} lead to this article from now on; {@code newSlug} is no longer an old link. */
    void redirectSlug(String oldSlug, String newSlug, long articleId) {
        jdbc.sql("DELETE FROM article_slug_redirect WHERE old_slug = :slug").param("slug", newSlug).update();
        jdbc.sql("""
                        INSERT INTO article_slug_redirect (old_slug, article_id) VALUES (:slug, :id)
                        ON CONFLICT (old_slug) DO UPDATE SET article_id = :id
                        """)
                .param("slug", oldSlug)
                .param("id", articleId)
                .update();
    }

    void insertRevision(long articleId, String title, String body, String excerpt, Long featuredImageId,
                        String savedBy, Instant now) {
        jdbc.sql("""
                        INSERT INTO article_revision (article_id, title, body, excerpt, featured_media_id, saved_by,
                                                      saved_at)
                        VALUES (:article, :title, :body, :excerpt, :featured, :savedBy, :now)
                        """)
                .param("article", articleId)
                .param("featured", featuredImageId, Types.BIGINT)
                .param("title", title)
                .param("body", body)
                .param("excerpt", excerpt)
                .param("savedBy", savedBy)
                .param("now", Timestamp.from(now))
                .update();
    }

    List<Revision> revisionsOf(long articleId) {
        return jdbc.sql(REVISION + " WHERE article_id = :article ORDER BY saved_at DESC, id DESC")
                .param("article", articleId)
                .query((rs, row) -> revision(rs))
                .list();
    }

    Optional<Revision> findRevision(long id) {
        return jdbc.sql(REVISION + " WHERE id = :id").param("id", id).query((rs, row) -> revision(rs)).optional();
    }

    /** Articles in any status whose featured image is this one, by title. */
    List<DeskArticle> featuring(long mediaId) {
        return jdbc.sql(DESK_COLUMNS + FROM + "WHERE a.featured_media_id = :media ORDER BY a.title, a.id")
                .param("media", mediaId)
                .query((rs, row) -> deskArticle(rs))
                .list();
    }

    /**
     * Articles in any status whose Markdown shows a file whose name starts with {@code fileStem} (an image's hash: its
     * original and every copy), by title.
     */
    List<DeskArticle> showingInBody(String fileStem) {
        return jdbc.sql(DESK_COLUMNS + FROM + "WHERE a.body_source LIKE :pattern ESCAPE '!' ORDER BY a.title, a.id")
                .param("pattern", "%/media/" + likeEscaped(fileStem) + "%")
                .query((rs, row) -> deskArticle(rs))
                .list();
    }

    /** The slugs in {@code table} equal to {@code slug} or made from it with a number ("slug-2"). */
    private List<String> slugsLike(String table, String slug) {
        return jdbc.sql("SELECT slug FROM " + table + " WHERE slug = :slug OR slug LIKE :prefix")
                .param("slug", slug)
                .param("prefix", slug + "-%")
                .query(String.class)
                .list();
    }

    private static String deskConditions(DeskFilter filter) {
        return (filter.status() == null ? "a.status <> 'trash'" : "a.status = :status")
                + (filter.authorId() == null ? "" : " AND a.author_id = :author")
                + (filter.categoryId() == null ? "" : " AND a.category_id = :category")
                + (filter.search() == null || filter.search().isBlank() ? "" : " AND LOWER(a.title) LIKE :pattern ESCAPE '!'");
    }

    private static java.util.Map<String, Object> deskParams(DeskFilter filter) {
        var params = new java.util.HashMap<String, Object>();
        if (filter.status() != null) {
            params.put("status", filter.status().column());
        }
        if (filter.authorId() != null) {
            params.put("author", filter.authorId());
        }
        if (filter.categoryId() != null) {
            params.put("category", filter.categoryId());
        }
        if (filter.search() != null && !filter.search().isBlank()) {
            params.put("pattern", "%" + likeEscaped(filter.search().strip().toLowerCase(java.util.Locale.ROOT)) + "%");
        }
        return params;
    }

    /** {@code text} matched literally by {@code LIKE ... ESCAPE '!'}. */
    private static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static DeskArticle deskArticle(ResultSet rs) throws SQLException {
        return new DeskArticle(rs.getLong("id"), rs.getString("title"), rs.getString("slug"),
                ArticleStatus.ofColumn(rs.getString("status")), rs.getString("author_name"),
                rs.getString("category_name"), instant(rs, "published_at"), instant(rs, "updated_at"));
    }

    private static Revision revision(ResultSet rs) throws SQLException {
        return new Revision(rs.getLong("id"), rs.getLong("article_id"), rs.getString("title"), rs.getString("body"),
                rs.getString("excerpt"), rs.getString("saved_by"), rs.getTimestamp("saved_at").toInstant(),
                nullableId(rs, "featured_media_id"));
    }

    private static Long nullableId(ResultSet rs, String column) throws SQLException {
        long id = rs.getLong(column);
        return rs.wasNull() ? null : id;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String period(Instant from, Instant to) {
        return (from == null ? "" : " AND a.published_at >= :from") + (to == null ? "" : " AND a.published_at < :to");
    }

    private static java.util.Map<String, Object> listingParams(Filter filter, Object value, Instant from, Instant to,
                                                               Instant now) {
        var params = new java.util.HashMap<String, Object>();
        params.put("now", Timestamp.from(now));
        if (filter != Filter.ALL) {
            params.put("filter", value);
        }
        if (from != null) {
            params.put("from", Timestamp.from(from));
        }
        if (to != null) {
            params.put("to", Timestamp.from(to));
        }
        return params;
    }

    private static ArticleSummary summary(ResultSet rs) throws SQLException {
        return new ArticleSummary(rs.getLong("id"), rs.getString("slug"), rs.getString("title"),
                rs.getString("excerpt"), rs.getTimestamp("published_at").toInstant(), author(rs), category(rs),
                nullableId(rs, "featured_media_id"));
    }

    private static Article article(ResultSet rs, List<Tag> tags) throws SQLException {
        Timestamp publishedAt = rs.getTimestamp("published_at");
        return new Article(rs.getLong("id"), rs.getString("slug"), rs.getString("title"), rs.getString("excerpt"),
                rs.getString("body_html"), ArticleStatus.ofColumn(rs.getString("status")),
                publishedAt == null ? null : publishedAt.toInstant(), author(rs), category(rs), tags,
                rs.getBoolean("comments_open"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(), nullableId(rs, "featured_media_id"));
    }

    private static Article withTags(Article a, List<Tag> tags) {
        return new Article(a.id(), a.slug(), a.title(), a.excerpt(), a.bodyHtml(), a.status(), a.publishedAt(),
                a.author(), a.category(), tags, a.commentsOpen(), a.createdAt(), a.updatedAt(), a.featuredImageId());
    }

    private static Author author(ResultSet rs) throws SQLException {
        return new Author(rs.getLong("author_id"), rs.getString("author_slug"), rs.getString("author_name"),
                rs.getString("author_bio"));
    }

    private static Category category(ResultSet rs) throws SQLException {
        return new Category(rs.getLong("category_id"), rs.getString("category_slug"), rs.getString("category_name"),
                rs.getString("category_description"));
    }
}
