package news.gazette;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Fresh, empty PostgreSQL databases for tests: on the server named by {@code GAZETTE_TEST_POSTGRES_URL}
 * (a JDBC URL to any database there, whose user may create databases), or else on an embedded PostgreSQL started
 * once per test run. Databases made here are dropped when the run ends.
 */
public final class TestPostgres {

    private static String serverUrl;
    private static EmbeddedPostgres embedded;
    private static final List<String> created = new ArrayList<>();

    private TestPostgres() {
    }

    /** The JDBC URL of a new database of its own. */
    public static synchronized String newDatabase() {
        String admin = serverUrl();
        String name = "gazette_test_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = DriverManager.getConnection(admin);
             var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test database on " + admin, e);
        }
        created.add(name);
        return admin.replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name);
    }

    private static String serverUrl() {
        if (serverUrl != null) {
            return serverUrl;
        }
        String configured = System.getenv("GAZETTE_TEST_POSTGRES_URL");
        if (configured != null && !configured.isBlank()) {
            serverUrl = configured;
        } else {
            try {
                embedded = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
            }
            serverUrl = embedded.getJdbcUrl("postgres", "postgres");
        }
        Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::dropAll, "drop-test-databases"));
        return serverUrl;
    }

    private static synchronized void dropAll() {
        try (Connection connection = DriverManager.getConnection(serverUrl);
             var statement = connection.createStatement()) {
            for (String name : created) {
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        } catch (SQLException e) {
            System.err.println("Could not drop the test databases: " + e.getMessage());
        }
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                System.err.println("Could not stop the embedded PostgreSQL: " + e.getMessage());
            }
        }
    }
}
