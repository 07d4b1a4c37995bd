package news.gazette.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The database Gazette keeps everything in: by default an SQLite file in the data directory,
 * or PostgreSQL when {@code gazette.database.url} names one. The data directory is created
 * before the first connection, since SQLite creates the file but not the folders above it.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    DataDirectory dataDirectory(@Value("${gazette.data-dir:./data}") Path path) {
        try {
            Files.createDirectories(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + path.toAbsolutePath()
                    + " (set gazette.data-dir or GAZETTE_DATA_DIR to a writable folder)", e);
        }
        return new DataDirectory(path.toAbsolutePath().normalize());
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(DataSourceProperties properties, DataDirectory dataDirectory,
                                @Value("${gazette.database.sqlite-options:}") String sqliteOptions) {
        String url = properties.getUrl();
        if (url != null && url.startsWith("jdbc:sqlite:")) {
            if (!url.contains("?") && !sqliteOptions.isBlank()) {
                properties.setUrl(url + "?" + sqliteOptions);
            }
            Path file = Path.of(url.substring("jdbc:sqlite:".length()).replaceFirst("\\?.*$", ""));
            Path parent = file.toAbsolutePath().getParent();
            try {
                Files.createDirectories(parent);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the folder for the SQLite database " + file, e);
            }
        }
        return properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
