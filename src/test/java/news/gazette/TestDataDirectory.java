package news.gazette;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A new, empty data directory under target/, so each test application starts as on a fresh install. */
public final class TestDataDirectory {

    private TestDataDirectory() {
    }

    public static Path create(String purpose) {
        try {
            Path root = Files.createDirectories(Path.of("target", "test-data"));
            return Files.createTempDirectory(root, purpose + "-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
