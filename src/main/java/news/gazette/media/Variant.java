package news.gazette.media;

/** A smaller copy of an image, served at {@code /media/{name}}. */
public record Variant(String name, String contentType, int width, int height, long byteSize) {

    public String url() {
        return "/media/" + name;
    }
}
