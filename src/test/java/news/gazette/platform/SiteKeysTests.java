package news.gazette.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import news.gazette.TestDataDirectory;

/** Keyed hashes over a real SQLite file with the site_key table of the migrations. */
class SiteKeysTests {

    private JdbcClient jdbc;

    @BeforeEach
    void database() throws IOException {
        Path file = TestDataDirectory.create("site-keys").resolve("keys.db");
        var dataSource = new SingleConnectionDataSource("jdbc:sqlite:" + file, true);
        jdbc = JdbcClient.create(dataSource);
        jdbc.sql(Files.readString(Path.of("src/main/resources/db/migration/sqlite/V007__platform_create_site_key.sql")))
                .update();
    }

    @Test
    void theSameValueAlwaysHashesTheSameAndPurposesDiffer() {
        var keys = new SiteKeys(jdbc, Clock.systemUTC());
        String avatar = keys.hash("avatar", "rosa@example.com");
        assertThat(keys.hash("avatar", "rosa@example.com")).isEqualTo(avatar);
        assertThat(keys.hash("avatar", "rosa@example.org")).isNotEqualTo(avatar);
        assertThat(keys.hash("form", "rosa@example.com")).isNotEqualTo(avatar);
        assertThat(avatar).matches("[A-Za-z0-9_-]{43}").doesNotContain("rosa");
    }

    @Test
    void everyInstanceOnOneDatabaseAgreesAndChecksTheOthersSignatures() {
        var first = new SiteKeys(jdbc, Clock.systemUTC());
        var second = new SiteKeys(jdbc, Clock.systemUTC());
        String signature = first.hash("moderation-link", "42");
        assertThat(second.verify("moderation-link", "42", signature)).isTrue();
        assertThat(second.verify("moderation-link", "43", signature)).isFalse();
        assertThat(second.verify("avatar", "42", signature)).isFalse();
        assertThat(second.verify("moderation-link", "42", null)).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM site_key").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void hashesComputedOnManyThreadsAtOnceMatchThoseComputedOneByOne() throws Exception {
        var keys = new SiteKeys(jdbc, Clock.systemUTC());
        List<String> values = IntStream.range(0, 2_000).mapToObj(i -> "reader-" + i + "@example.com").toList();
        List<String> expected = values.stream().map(value -> keys.hash("avatar", value)).toList();
        try (var pool = Executors.newFixedThreadPool(8)) {
            List<Callable<List<String>>> tasks = IntStream.range(0, 8)
                    .mapToObj(t -> (Callable<List<String>>) () -> values.stream().map(v -> keys.hash("avatar", v)).toList())
                    .toList();
            for (var result : pool.invokeAll(tasks)) {
                assertThat(result.get()).isEqualTo(expected);
            }
        }
    }
}
