package news.gazette.media;

import java.util.List;

/**
 * Something outside the media module that shows images from the library, such as articles. Each one is asked before
 * an image is deleted, inside the deleting transaction, and the image is kept while any of them names a use.
 */
public interface MediaReferences {

    /**
     * Where the image is shown, each use in words for the person about to delete it, such as
     * "the featured image of “Election night”"; empty when it is shown nowhere.
     */
    List<String> usesOf(MediaItem image);
}
