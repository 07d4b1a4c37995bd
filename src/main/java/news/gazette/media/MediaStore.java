package news.gazette.media;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All SQL on the media tables. The same statements run on SQLite and PostgreSQL. */
@Repository
class MediaStore {

    private static final String COLUMNS = """
            id, name, content_type, width, height, byte_size, alt, caption, uploaded_by, created_at
            """;

    private final JdbcClient jdbc;

    MediaStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records an uploaded image; returns its id. */
    long insert(String name, String contentType, int width, int height, long byteSize, String alt, String uploadedBy,
                Instant now) {
        return jdbc.sql("""
                        INSERT INTO media (name, content_type, width, height, byte_size, alt, uploaded_by, created_at)
                        VALUES (:name, :type, :width, :height, :size, :alt, :by, :now)
                        RETURNING id
                        """)
                .param("name", name).param("type", contentType).param("width", width).param("height", height)
                .param("size", byteSize).param("alt", alt).param("by", uploadedBy).param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    /** Records a smaller copy of image {@code mediaId}. */
    void insertVariant(long mediaId, Variant variant) {
        jdbc.sql("""
                        INSERT INTO media_variant (name, media_id, content_type, width, height, byte_size)
                        VALUES (:name, :media, :type, :width, :height, :size)
                        """)
                .param("name", variant.name()).param("media", mediaId).param("type", variant.contentType())
                .param("width", variant.width()).param("height", variant.height()).param("size", variant.byteSize())
                .update();
    }

    /** The image with this id, with its copies. */
    Optional<MediaItem> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM media WHERE id = :id").param("id", id)
                .query(this::row).optional().map(item -> withVariants(List.of(item)).getFirst());
    }

    /** The image stored under this file name (the same bytes uploaded before), with its copies. */
    Optional<MediaItem> findByName(String name) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM media WHERE name = :name").param("name", name)
                .query(this::row).optional().map(item -> withVariants(List.of(item)).getFirst());
    }

    /** The newest images first, with their copies. */
    List<MediaItem> list(int limit) {
        var items = jdbc.sql("SELECT " + COLUMNS + " FROM media ORDER BY created_at DESC, id DESC LIMIT :limit")
                .param("limit", limit).query(this::row).list();
        return withVariants(items);
    }

    /** The images with these ids that exist, with their copies; ids of no image are left out. */
    List<MediaItem> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return withVariants(jdbc.sql("SELECT " + COLUMNS + " FROM media WHERE id IN (:ids)")
                .param("ids", List.copyOf(ids)).query(this::row).list());
    }

    /** Sets an image's alt text and caption. */
    void describe(long id, String alt, String caption) {
        jdbc.sql("UPDATE media SET alt = :alt, caption = :caption WHERE id = :id")
                .param("id", id).param("alt", alt).param("caption", caption)
                .update();
    }

    /** Forgets an image and its copies; their files are the caller's to remove. */
    void delete(long id) {
        jdbc.sql("DELETE FROM media_variant WHERE media_id = :id").param("id", id).update();
        jdbc.sql("DELETE FROM media WHERE id = :id").param("id", id).update();
    }

    /** The content type recorded for a file, original or copy; empty if no such file was recorded. */
    Optional<String> contentTypeOf(String name) {
        return jdbc.sql("""
                        SELECT content_type FROM media WHERE name = :name
                        UNION ALL
                        SELECT content_type FROM media_variant WHERE name = :name
                        """)
                .param("name", name).query(String.class).optional();
    }

    private List<MediaItem> withVariants(List<MediaItem> items) {
        if (items.isEmpty()) {
            return items;
        }
        Map<Long, List<Variant>> byMedia = jdbc.sql("""
                        SELECT media_id, name, content_type, width, height, byte_size FROM media_variant
                        WHERE media_id IN (:ids) ORDER BY width
                        """)
                .param("ids", items.stream().map(MediaItem::id).toList())
                .query((rs, n) -> Map.entry(rs.getLong("media_id"), new Variant(rs.getString("name"),
                        rs.getString("content_type"), rs.getInt("width"), rs.getInt("height"), rs.getLong("byte_size"))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return items.stream().map(item -> new MediaItem(item.id(), item.name(), item.contentType(), item.width(),
                item.height(), item.byteSize(), item.alt(), item.caption(), item.uploadedBy(), item.createdAt(),
                byMedia.getOrDefault(item.id(), List.of()))).toList();
    }

    private MediaItem row(ResultSet rs, int rowNum) throws SQLException {
        return new MediaItem(rs.getLong("id"), rs.getString("name"), rs.getString("content_type"), rs.getInt("width"),
                rs.getInt("height"), rs.getLong("byte_size"), rs.getString("alt"), rs.getString("caption"),
                rs.getString("uploaded_by"),
                rs.getTimestamp("created_at").toInstant(), List.of());
    }
}
