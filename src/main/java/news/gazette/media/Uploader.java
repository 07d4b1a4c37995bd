package news.gazette.media;

/**
 * Someone working in the media library, as its rules see them.
 *
 * @param name who they are, as their uploads record them (their account's email)
 * @param changesAnyImage whether they may change and delete anyone's images (editors), not only their own
 */
public record Uploader(String name, boolean changesAnyImage) {

    /** Whether they may change this image's description or delete it. */
    public boolean mayChange(MediaItem item) {
        return changesAnyImage || item.uploadedBy().equals(name);
    }
}
