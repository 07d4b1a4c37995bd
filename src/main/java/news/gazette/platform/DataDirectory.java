package news.gazette.platform;

import java.nio.file.Path;

/** The folder that holds the SQLite database and, later, uploads, the search index and backups. */
public record DataDirectory(Path path) {

    public Path resolve(String name) {
        return path.resolve(name);
    }
}
