package news.gazette.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import news.gazette.platform.DataDirectory;
import news.gazette.publishing.ArticleStatus;
import news.gazette.publishing.NewArticle;
import news.gazette.publishing.Publishing;

/** What the media tables do, written once and run on SQLite and PostgreSQL. */
@RecordApplicationEvents
abstract class MediaStoreContract {

    static final Uploader OWNER = new Uploader("author@example.com", false);
    static final Uploader SOMEONE_ELSE = new Uploader("other@example.com", false);
    static final Uploader EDITOR = new Uploader("editor@example.com", true);
    private static final java.util.concurrent.atomic.AtomicInteger UPLOADS = new java.util.concurrent.atomic.AtomicInteger();

    @Autowired
    Media media;

    @Autowired
    MediaEditing editing;

    @Autowired
    MediaStore store;

    @Autowired
    Publishing publishing;

    @Autowired
    DataDirectory dataDirectory;

    @Autowired
    ApplicationEvents events;

    @Test
    void storesAnImageWithItsCopiesAndFindsItByIdAndName() {
        var stored = media.upload(TestImages.jpeg(1000, 500), "A wide view", "author@example.com").stored();

        var found = media.find(stored.id()).orElseThrow();
        assertThat(found.alt()).isEqualTo("A wide view");
        assertThat(found.caption()).isEmpty();
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

    @Test
    void findsManyByIdWithTheirCopiesLeavingOutUnknownIds() {
        var one = upload(700, "One");
        var two = upload(300, "Two");

        var found = media.findAll(List.of(one.id(), two.id(), one.id(), -5L));

        assertThat(found).containsOnlyKeys(one.id(), two.id());
        assertThat(found.get(one.id()).variants()).extracting(Variant::width).containsExactly(480);
        assertThat(found.get(two.id()).variants()).isEmpty();
        assertThat(media.findAll(List.of())).isEmpty();
    }

    @Test
    void changesTheAltTextAndCaptionAndAnnouncesIt() {
        var image = upload(500, "Before");

        var outcome = editing.describe(OWNER, image.id(), "  A ferry at the quay  ", " Photo: the desk ");

        assertThat(outcome.isDone()).isTrue();
        var changed = media.find(image.id()).orElseThrow();
        assertThat(changed.alt()).isEqualTo("A ferry at the quay");
        assertThat(changed.caption()).isEqualTo("Photo: the desk");
        assertThat(events.stream(MediaChanged.class)).containsExactly(new MediaChanged(image.id()));
    }

    @Test
    void aBlankAltTextOrAnEndlessCaptionChangesNothing() {
        var image = upload(500, "Kept");

        var outcome = editing.describe(OWNER, image.id(), "   ", "x".repeat(MediaEditing.MAX_CAPTION_LENGTH + 1));

        assertThat(outcome.isDone()).isFalse();
        assertThat(outcome.errors()).containsOnlyKeys("alt", "caption");
        assertThat(media.find(image.id()).orElseThrow().alt()).isEqualTo("Kept");
        assertThat(events.stream(MediaChanged.class)).isEmpty();
    }

    @Test
    void onlyTheUploaderOrAnEditorChangesOrDeletesAnImage() {
        var image = upload(500, "Mine");

        assertThat(editing.describe(SOMEONE_ELSE, image.id(), "Theirs now", "").refusal())
                .isEqualTo(MediaEditing.NOT_YOURS);
        assertThat(editing.delete(SOMEONE_ELSE, image.id()).isRefused()).isTrue();
        assertThat(media.find(image.id()).orElseThrow().alt()).isEqualTo("Mine");

        assertThat(editing.describe(EDITOR, image.id(), "Edited by the desk", "").isDone()).isTrue();
        assertThat(editing.delete(EDITOR, image.id()).isDone()).isTrue();
        assertThatThrownBy(() -> editing.delete(EDITOR, image.id())).isInstanceOf(MediaNotFound.class);
    }

    @Test
    void deletingForgetsTheImageAndRemovesItsFilesAfterCommit() {
        var image = upload(1000, "Going");
        var files = files(image);
        assertThat(files).hasSize(3).allMatch(Files::isRegularFile);

        var outcome = editing.delete(OWNER, image.id());

        assertThat(outcome.isDone()).isTrue();
        assertThat(media.find(image.id())).isEmpty();
        assertThat(store.contentTypeOf(image.variants().getFirst().name())).isEmpty();
        assertThat(files).noneMatch(Files::exists);
        assertThat(events.stream(MediaDeleted.class)).singleElement()
                .extracting(MediaDeleted::fileNames).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .hasSize(3);
    }

    @Test
    void anImageAnArticleShowsIsKeptAndTheRefusalNamesTheArticles() {
        var image = upload(1000, "In use");
        String unique = UUID.randomUUID().toString().substring(0, 8);
        var author = publishing.addAuthor("Writer " + unique, "");
        var section = publishing.addCategory("Section " + unique, "");
        publishing.file(new NewArticle("Cranes at dusk " + unique, "Text.", "", ArticleStatus.DRAFT, null, author.id(),
                section.id(), List.of(), true, image.id()));
        publishing.file(new NewArticle("Harbour notes " + unique, "See ![cranes](/media/"
                + image.variants().getFirst().name() + ").", "", ArticleStatus.DRAFT, null, author.id(), section.id(),
                List.of(), true));

        var outcome = editing.delete(OWNER, image.id());

        assertThat(outcome.refusal()).isEqualTo("This image cannot be deleted while it is used: it is the featured "
                + "image of “Cranes at dusk " + unique + "”; shown in the body of “Harbour notes " + unique
                + "”. Choose another image there first.");
        assertThat(media.find(image.id())).isPresent();
        assertThat(files(image)).allMatch(Files::isRegularFile);
        assertThat(events.stream(MediaDeleted.class)).isEmpty();
    }

    private MediaItem upload(int width, String alt) {
        // a height of its own makes bytes of their own, so no other test's image is answered
        return media.upload(TestImages.jpeg(width, 200 + UPLOADS.incrementAndGet()), alt, OWNER.name()).stored();
    }

    private List<Path> files(MediaItem image) {
        Path folder = dataDirectory.resolve("media");
        var names = new java.util.ArrayList<String>();
        names.add(image.name());
        image.variants().forEach(variant -> names.add(variant.name()));
        return names.stream().map(folder::resolve).toList();
    }
}
