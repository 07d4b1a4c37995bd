package news.gazette.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import news.gazette.platform.DataDirectory;

/**
 * The media folder in the data directory. Names are ours ({@code <hash>.jpg}, {@code <hash>-480w.jpg}); anything
 * else, such as {@code ../gazette.db}, is not a file here.
 */
@Component
class MediaFiles {

    private static final Pattern NAME = Pattern.compile("[0-9a-f]{32}(-[0-9]{1,5}w)?\\.(jpg|png|gif|webp)");

    private final Path folder;

    MediaFiles(DataDirectory dataDirectory) {
        this.folder = dataDirectory.resolve("media").toAbsolutePath().normalize();
    }

    static boolean isOurs(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /** Writes the file whole or not at all: to a temporary file first, then moved into place. */
    void write(String name, byte[] bytes) {
        Path target = path(name).orElseThrow(() -> new IllegalArgumentException("not a media name: " + name));
        try {
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, "upload-", ".tmp");
            Files.write(temporary, bytes);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the file by that name, if it is there; a name not ours is ignored. */
    void delete(String name) {
        var path = path(name);
        if (path.isEmpty()) {
            return;
        }
        try {
            Files.deleteIfExists(path.get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file by that name, if the name is one of ours and the file is there. */
    Optional<Path> find(String name) {
        return path(name).filter(Files::isRegularFile);
    }

    private Optional<Path> path(String name) {
        if (!isOurs(name)) {
            return Optional.empty();
        }
        Path path = folder.resolve(name).normalize();
        return path.getParent().equals(folder) ? Optional.of(path) : Optional.empty();
    }
}
