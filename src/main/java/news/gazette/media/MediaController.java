package news.gazette.media;

import java.time.Duration;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves uploaded images to anyone. A file's name is a hash of its content, so it never changes and may be cached
 * for a year. The Content-Type is the one recorded from the bytes at upload, and nosniff stops a browser guessing
 * another. A name that is not one of ours (a path, "..") is not found.
 */
@Controller
class MediaController {

    private final MediaStore store;
    private final MediaFiles files;

    MediaController(MediaStore store, MediaFiles files) {
        this.store = store;
        this.files = files;
    }

    @GetMapping("/media/{name}")
    ResponseEntity<Resource> showFile(@PathVariable String name) {
        if (!MediaFiles.isOurs(name)) {
            return ResponseEntity.notFound().build();
        }
        var contentType = store.contentTypeOf(name).flatMap(ImageType::ofContentType);
        var path = files.find(name);
        if (contentType.isEmpty() || path.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType.get().contentType()))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .header("X-Content-Type-Options", "nosniff")
                .body(new FileSystemResource(path.get()));
    }
}
