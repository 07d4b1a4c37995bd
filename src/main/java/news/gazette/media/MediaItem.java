package news.gazette.media;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An uploaded image as stored: its file's name, what the bytes are, its size in pixels and bytes, its alt text, its
 * caption (plain text, empty for none), who uploaded it (their account's email) and its smaller copies, narrowest
 * first (none for an image too small to shrink).
 */
public record MediaItem(long id, String name, String contentType, int width, int height, long byteSize, String alt,
                        String caption, String uploadedBy, Instant createdAt, List<Variant> variants) {

    public MediaItem {
        variants = List.copyOf(variants);
    }

    public String url() {
        return "/media/" + name;
    }

    /** The {@code srcset} of an img element: each copy and the original with their widths, narrowest first. */
    public String srcset() {
        return Stream.concat(variants.stream().map(variant -> variant.url() + " " + variant.width() + "w"),
                        Stream.of(url() + " " + width + "w"))
                .collect(Collectors.joining(", "));
    }

    /** The narrowest copy, for a thumbnail; the original when there is none. */
    public String thumbnailUrl() {
        return variants.isEmpty() ? url() : variants.getFirst().url();
    }

    /** The width in pixels of {@link #thumbnailUrl()}'s image. */
    public int thumbnailWidth() {
        return variants.isEmpty() ? width : variants.getFirst().width();
    }

    /** The height in pixels of {@link #thumbnailUrl()}'s image. */
    public int thumbnailHeight() {
        return variants.isEmpty() ? height : variants.getFirst().height();
    }

    /** What to paste into a Markdown article to show the image. */
    public String markdown() {
        String text = alt.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
        return "![" + text + "](" + url() + ")";
    }
}
