package news.gazette.media;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to images already in the library: their alt text and caption, and deleting them. Administrators and editors
 * may change any image, everyone else only the images they uploaded ({@link Uploader}); an unknown id is
 * {@link MediaNotFound}. An image shown anywhere (every {@link MediaReferences} is asked) is not deleted: the refusal
 * names where it is used. A change is announced with {@link MediaChanged}, a deletion with {@link MediaDeleted}, after
 * whose commit the files go from the data directory.
 */
@Service
public class MediaEditing {

    static final int MAX_CAPTION_LENGTH = 1000;
    /** Why someone may not change an image they did not upload. */
    public static final String NOT_YOURS = "You can change only the images you uploaded; an editor can change this one.";

    private final MediaStore store;
    private final ObjectProvider<MediaReferences> references;
    private final ApplicationEventPublisher events;

    MediaEditing(MediaStore store, ObjectProvider<MediaReferences> references, ApplicationEventPublisher events) {
        this.store = store;
        this.references = references;
        this.events = events;
    }

    /** Where the image is shown, in words; empty when nowhere, so it may be deleted. */
    public List<String> usesOf(MediaItem image) {
        return references.orderedStream().flatMap(reference -> reference.usesOf(image).stream()).toList();
    }

    /** Sets the alt text (required, as at upload) and the caption (may be empty). */
    @Transactional
    public LibraryOutcome describe(Uploader uploader, long id, String alt, String caption) {
        var image = store.find(id).orElseThrow(() -> new MediaNotFound(id));
        if (!uploader.mayChange(image)) {
            return LibraryOutcome.refused(NOT_YOURS);
        }
        String description = alt == null ? "" : alt.strip();
        String shownUnder = caption == null ? "" : caption.strip();
        Map<String, String> errors = new LinkedHashMap<>();
        Media.altProblem(description).ifPresent(problem -> errors.put("alt", problem));
        if (shownUnder.length() > MAX_CAPTION_LENGTH) {
            errors.put("caption", "Keep the caption under " + MAX_CAPTION_LENGTH + " characters.");
        }
        if (!errors.isEmpty()) {
            return LibraryOutcome.rejected(errors);
        }
        store.describe(id, description, shownUnder);
        events.publishEvent(new MediaChanged(id));
        return LibraryOutcome.done();
    }

    /** Deletes the image and, once that is committed, its files; refused while it is shown anywhere. */
    @Transactional
    public LibraryOutcome delete(Uploader uploader, long id) {
        var image = store.find(id).orElseThrow(() -> new MediaNotFound(id));
        if (!uploader.mayChange(image)) {
            return LibraryOutcome.refused(NOT_YOURS);
        }
        var uses = usesOf(image);
        if (!uses.isEmpty()) {
            return LibraryOutcome.refused("This image cannot be deleted while it is used: it is "
                    + String.join("; ", uses) + ". Choose another image there first.");
        }
        store.delete(id);
        var files = new ArrayList<String>();
        files.add(image.name());
        image.variants().forEach(variant -> files.add(variant.name()));
        events.publishEvent(new MediaDeleted(id, files));
        return LibraryOutcome.done();
    }
}
