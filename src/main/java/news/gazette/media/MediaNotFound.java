package news.gazette.media;

/** No image in the library has this id (it never had, or it was deleted). */
public class MediaNotFound extends RuntimeException {

    public MediaNotFound(long id) {
        super("no image " + id);
    }
}
