package news.gazette.newsroom;

import java.util.List;

import news.gazette.accounts.FieldErrors;
import news.gazette.media.MediaItem;

/**
 * The media library: the upload form (with the alt text as typed and what was wrong, after a refused upload) and
 * the latest images, each with the Markdown that shows it in an article.
 *
 * @param uploaded the image just uploaded, to point at; null otherwise
 * @param notice what was just done otherwise ("Image deleted."), or null
 */
public record MediaLibraryPage(NewsroomChrome chrome, String alt, FieldErrors errors, MediaItem uploaded,
                               List<Entry> entries, String maxSize, String notice) {

    /** How wide the list shows each thumbnail, in CSS pixels. */
    public static final int THUMBNAIL_WIDTH = 160;

    /** An image in the list, and whether this person may change or delete it (their own, or they are an editor). */
    public record Entry(MediaItem item, boolean changeable) {

        /** The thumbnail's height at {@link #THUMBNAIL_WIDTH}, so the list keeps its room before images arrive. */
        public int thumbnailHeight() {
            return (int) Math.max(1, Math.round((double) THUMBNAIL_WIDTH * item.thumbnailHeight() / item.thumbnailWidth()));
        }
    }

    /** "1.2 MB", "34 KB": an image's file size for people. */
    public static String size(long bytes) {
        if (bytes >= 1_000_000) {
            return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
        }
        return Math.max(1, Math.round(bytes / 1000.0)) + " KB";
    }
}
