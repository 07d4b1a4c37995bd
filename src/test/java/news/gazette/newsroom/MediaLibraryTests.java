package news.gazette.newsroom;

import static news.gazette.newsroom.NewsroomSession.location;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import news.gazette.TestDataDirectory;
import news.gazette.Visitor;
import news.gazette.accounts.Accounts;
import news.gazette.accounts.Role;
import news.gazette.media.Media;
import news.gazette.media.MediaItem;
import news.gazette.media.TestImages;
import news.gazette.publishing.ArticleStatus;
import news.gazette.publishing.NewArticle;
import news.gazette.publishing.Publishing;

/** Changing and deleting images in the newsroom's media library over real HTTP, by whoever may. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MediaLibraryTests {

    static final String PASSWORD = "correct horse battery staple";
    static String dataDir;
    static int images;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        dataDir = TestDataDirectory.create("media-library").toString();
        registry.add("gazette.data-dir", () -> dataDir);
    }

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    Media media;

    @Autowired
    Publishing publishing;

    @BeforeEach
    void createPeople() {
        if (accounts.find("author@example.com").isEmpty()) {
            accounts.create("author@example.com", "Ann Author", PASSWORD, Role.AUTHOR, null);
            accounts.create("other@example.com", "Otto Other", PASSWORD, Role.AUTHOR, null);
            accounts.create("editor@example.com", "Eddie Editor", PASSWORD, Role.EDITOR, null);
            accounts.create("contributor@example.com", "Cora Contributor", PASSWORD, Role.CONTRIBUTOR, null);
        }
    }

    @Test
    void theUploaderChangesTheAltTextAndCaption() {
        var image = image("author@example.com", "A harbour");
        var author = NewsroomSession.signIn(port, "author@example.com", PASSWORD);
        var library = author.page("/newsroom/media/");
        var edit = library.selectFirst("#media-" + image.id() + " a[href=/newsroom/media/" + image.id() + "/edit]");
        assertThat(edit.text()).isEqualTo("Edit or delete the image “A harbour”");

        var page = author.page("/newsroom/media/" + image.id() + "/edit");
        assertThat(page.selectFirst("#alt").val()).isEqualTo("A harbour");
        assertThat(page.selectFirst(".media-preview img").attr("srcset")).isEqualTo(image.srcset());
        var saved = author.post("/newsroom/media/" + image.id() + "/edit",
                Map.of("alt", List.of(" Fishing boats in the harbour "), "caption", List.of("Photo: Ann Author")));

        assertThat(location(saved)).isEqualTo("/newsroom/media/" + image.id() + "/edit?done=save");
        var after = author.page(location(saved));
        assertThat(after.selectFirst("[role=status]").text()).isEqualTo("Saved.");
        assertThat(after.selectFirst("#alt").val()).isEqualTo("Fishing boats in the harbour");
        assertThat(after.selectFirst("#caption").text()).isEqualTo("Photo: Ann Author");
        var item = author.page("/newsroom/media/").selectFirst("#media-" + image.id());
        assertThat(item.selectFirst("img").attr("alt")).isEqualTo("Fishing boats in the harbour");
        assertThat(item.selectFirst(".media-caption").text()).isEqualTo("Caption: Photo: Ann Author");
    }

    @Test
    void aBlankAltTextIsAFieldErrorThatKeepsWhatWasTyped() {
        var image = image("author@example.com", "Kept as it was");
        var author = NewsroomSession.signIn(port, "author@example.com", PASSWORD);
        author.page("/newsroom/media/" + image.id() + "/edit");

        var response = author.post("/newsroom/media/" + image.id() + "/edit",
                Map.of("alt", List.of("   "), "caption", List.of("A caption <typed>")));

        assertThat(response.statusCode()).isEqualTo(422);
        var page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("#alt-error").text()).contains("Describe the image for readers who cannot see it.");
        assertThat(page.selectFirst(".error-summary a[href=#alt]")).isNotNull();
        assertThat(page.selectFirst("#caption").text()).isEqualTo("A caption <typed>");
        assertThat(media.find(image.id()).orElseThrow().alt()).isEqualTo("Kept as it was");
    }

    @Test
    void anAuthorMayNotChangeOrDeleteAnothersImageButAnEditorMay() {
        var image = image("other@example.com", "Otto's photo");
        var author = NewsroomSession.signIn(port, "author@example.com", PASSWORD);
        assertThat(author.page("/newsroom/media/").select("#media-" + image.id() + " .media-edit")).isEmpty();

        var shown = author.get("/newsroom/media/" + image.id() + "/edit");
        assertThat(shown.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(shown.body()).selectFirst(".error-summary").text())
                .contains("You can change only the images you uploaded");
        assertThat(Jsoup.parse(shown.body()).select("form[action$=/edit], form[action$=/delete]")).isEmpty();
        author.page("/newsroom/media/");
        assertThat(author.post("/newsroom/media/" + image.id() + "/edit", Map.of("alt", List.of("Mine now")))
                .statusCode()).isEqualTo(403);
        assertThat(author.post("/newsroom/media/" + image.id() + "/delete", Map.of()).statusCode()).isEqualTo(403);
        assertThat(media.find(image.id()).orElseThrow().alt()).isEqualTo("Otto's photo");

        var editor = NewsroomSession.signIn(port, "editor@example.com", PASSWORD);
        editor.page("/newsroom/media/" + image.id() + "/edit");
        assertThat(location(editor.post("/newsroom/media/" + image.id() + "/edit",
                Map.of("alt", List.of("Otto's photo of the quay"), "caption", List.of(""))))).endsWith("?done=save");
        assertThat(media.find(image.id()).orElseThrow().alt()).isEqualTo("Otto's photo of the quay");
    }

    @Test
    void anImageAnArticleShowsIsNotDeletedAndTheArticlesAreNamed() {
        var image = image("author@example.com", "The lighthouse");
        var author = publishing.author("marta-velasco").orElseThrow();
        publishing.file(new NewArticle("Keeping the light on", "Text.", "", ArticleStatus.DRAFT, null, author.id(),
                publishing.categories().getFirst().id(), List.of(), true, image.id()));
        var session = NewsroomSession.signIn(port, "author@example.com", PASSWORD);

        var page = session.page("/newsroom/media/" + image.id() + "/edit");
        assertThat(page.select(".media-uses li").eachText()).containsExactly("the featured image of “Keeping the light on”");
        var refused = session.post("/newsroom/media/" + image.id() + "/delete", Map.of());

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(refused.body()).selectFirst(".error-summary").text()).contains(
                "This image cannot be deleted while it is used: it is the featured image of “Keeping the light on”.");
        assertThat(media.find(image.id())).isPresent();
        assertThat(Files.exists(Path.of(dataDir, "media", image.name()))).isTrue();
        assertThat(new Visitor(port).get(image.url()).statusCode()).isEqualTo(200);
    }

    @Test
    void deletingAnUnusedImageRemovesItAndItsFiles() {
        var image = image("author@example.com", "Going away");
        var files = List.of(Path.of(dataDir, "media", image.name()),
                Path.of(dataDir, "media", image.variants().getFirst().name()));
        assertThat(files).allMatch(Files::exists);
        var author = NewsroomSession.signIn(port, "author@example.com", PASSWORD);
        assertThat(author.page("/newsroom/media/" + image.id() + "/edit").select(".media-uses")).isEmpty();

        var deleted = author.post("/newsroom/media/" + image.id() + "/delete", Map.of());

        assertThat(location(deleted)).isEqualTo("/newsroom/media/?deleted");
        var library = author.page(location(deleted));
        assertThat(library.selectFirst("[role=status]").text()).isEqualTo("Image deleted.");
        assertThat(library.select("#media-" + image.id())).isEmpty();
        assertThat(files).noneMatch(Files::exists);
        assertThat(new Visitor(port).get(image.url()).statusCode()).isEqualTo(404);
        assertThat(author.get("/newsroom/media/" + image.id() + "/edit").statusCode()).isEqualTo(404);
    }

    @Test
    void formsNeedTheirTokenAndContributorsCannotReachTheImages() {
        var image = image("author@example.com", "Guarded");
        var author = NewsroomSession.signIn(port, "author@example.com", PASSWORD);
        assertThat(author.postWithoutToken("/newsroom/media/" + image.id() + "/delete", Map.of()).statusCode())
                .isEqualTo(403);
        assertThat(author.postWithoutToken("/newsroom/media/" + image.id() + "/edit",
                Map.of("alt", List.of("Changed"))).statusCode()).isEqualTo(403);
        assertThat(author.get("/newsroom/media/999999/edit").statusCode()).isEqualTo(404);

        var contributor = NewsroomSession.signIn(port, "contributor@example.com", PASSWORD);
        assertThat(contributor.get("/newsroom/media/" + image.id() + "/edit").statusCode()).isEqualTo(403);
        assertThat(contributor.post("/newsroom/media/" + image.id() + "/delete", Map.of()).statusCode()).isEqualTo(403);
        assertThat(media.find(image.id()).orElseThrow().alt()).isEqualTo("Guarded");
    }

    private MediaItem image(String uploader, String alt) {
        images++;
        return media.upload(TestImages.jpeg(800, 300 + images), alt, uploader).stored();
    }
}
