package news.gazette.media;

import java.io.UncheckedIOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Removes a deleted image's files from the data directory once the deletion is committed: removed before, a rolled
 * back deletion would leave a row naming missing files. A file whose name was recorded again meanwhile (the same
 * bytes uploaded anew) is kept.
 */
@Component
class DeletedImageFiles {

    private static final Logger log = LoggerFactory.getLogger(DeletedImageFiles.class);

    private final MediaStore store;
    private final MediaFiles files;

    DeletedImageFiles(MediaStore store, MediaFiles files) {
        this.store = store;
        this.files = files;
    }

    @TransactionalEventListener
    void on(MediaDeleted deleted) {
        for (String name : deleted.fileNames()) {
            if (store.contentTypeOf(name).isPresent()) {
                continue;
            }
            try {
                files.delete(name);
            } catch (UncheckedIOException e) {
                // the deletion stands; an unused file left behind is only space, and nothing serves it any more
                log.warn("Could not remove the file {} of deleted image {}: {}", name, deleted.mediaId(), e.getMessage());
            }
        }
    }
}
