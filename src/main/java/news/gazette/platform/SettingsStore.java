package news.gazette.platform;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All SQL on saved settings. The same statements run on SQLite and PostgreSQL. */
@Repository
class SettingsStore {

    private final JdbcClient jdbc;

    SettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every saved setting, name to value; empty when none was ever saved. */
    Map<String, String> findAll() {
        var values = new LinkedHashMap<String, String>();
        jdbc.sql("SELECT name, value FROM site_setting ORDER BY name")
                .query(rs -> {
                    values.put(rs.getString("name"), rs.getString("value"));
                });
        return values;
    }

    /**
     * Saves one setting. A value equal to the saved one is left as it is, so {@code updated_at} and
     * {@code updated_by} tell who last changed it, not who last pressed "Save".
     */
    void save(String name, String value, String by, Instant at) {
        jdbc.sql("""
                        INSERT INTO site_setting (name, value, updated_at, updated_by) VALUES (:name, :value, :at, :by)
                        ON CONFLICT (name) DO UPDATE
                        SET value = excluded.value, updated_at = excluded.updated_at, updated_by = excluded.updated_by
                        WHERE site_setting.value <> excluded.value
                        """)
                .param("name", name)
                .param("value", value)
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update();
    }
}
