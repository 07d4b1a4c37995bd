package news.gazette.media;

import java.util.List;

/** An image was deleted from the library; {@code fileNames} are its file and its copies', removed after commit. */
public record MediaDeleted(long mediaId, List<String> fileNames) {

    public MediaDeleted {
        fileNames = List.copyOf(fileNames);
    }
}
