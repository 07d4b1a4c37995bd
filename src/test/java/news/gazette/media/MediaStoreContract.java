package news.gazette.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the media tables do, written once and run on SQLite and PostgreSQL. */
abstract class MediaStoreContract {

    @Autowired
    Media media;

    @Autowired
    MediaStore store;

    @Test
    void storesAnImageWithItsCopiesAndFindsItByIdAndName() {
        var stored = media.upload(TestImages.jpeg(1000, 500), "A wide view", "author@example.com").stored();

        var found = media.find(stored.id()).orElseThrow();
        assertThat(found.alt()).isEqualTo("A wide view");
        assertThat(found.width()).isEqualTo(1000);
        assertThat(found.variants()).extracting(Variant::width).containsExactly(480, 960);
        assertThat(store.contentTypeOf(found.name())).contains("image/jpeg");
        assertThat(store.contentTypeOf(found.variants().getFirst().name())).contains("image/jpeg");
        assertThat(store.contentTypeOf("0123456789abcdef0123456789abcdef.png")).isEmpty();
        assertThat(media.find(-1)).isEmpty();
    }

    @Test
    void keepsTheSameBytesOnceAndListsTheNewestFirst() {
        byte[] bytes = TestImages.png(300, 200);
        var first = media.upload(bytes, "First", "author@example.com").stored();
        var again = media.upload(bytes, "Again", "author@example.com").stored();
        var other = media.upload(TestImages.png(301, 200), "Other", "author@example.com").stored();

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(media.list(100)).extracting(MediaItem::id).startsWith(other.id()).contains(first.id())
                .doesNotHaveDuplicates();
        assertThat(media.list(1)).hasSize(1);
    }
}
