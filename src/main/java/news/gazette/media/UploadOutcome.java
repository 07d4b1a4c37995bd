package news.gazette.media;

import java.util.Map;

/**
 * What became of an upload: the stored image, or what is wrong by form field ("file", "alt") and nothing stored.
 */
public record UploadOutcome(MediaItem stored, Map<String, String> errors) {

    public UploadOutcome {
        errors = Map.copyOf(errors);
    }

    static UploadOutcome of(MediaItem stored) {
        return new UploadOutcome(stored, Map.of());
    }

    static UploadOutcome rejected(Map<String, String> errors) {
        return new UploadOutcome(null, errors);
    }

    public boolean isStored() {
        return stored != null;
    }
}
