package news.gazette.newsroom;

import static news.gazette.newsroom.NewsroomSession.savedArticleId;
import static news.gazette.newsroom.NewsroomSession.location;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import news.gazette.TestDataDirectory;
import news.gazette.Visitor;
import news.gazette.accounts.Accounts;
import news.gazette.accounts.Role;
import news.gazette.media.Media;
import news.gazette.media.MediaItem;
import news.gazette.media.TestImages;
import news.gazette.publishing.Publishing;

/** Choosing an article's featured image in the editor over real HTTP, and what readers then see. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FeaturedImageEditorTests {

    static final String PASSWORD = "correct horse battery staple";
    static int images;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        String dataDir = TestDataDirectory.create("featured-editor").toString();
        registry.add("gazette.data-dir", () -> dataDir);
    }

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    Publishing publishing;

    @Autowired
    Media media;

    @Autowired
    JdbcClient jdbc;

    long categoryId;

    @BeforeEach
    void createWriters() {
        categoryId = publishing.categories().getFirst().id();
        if (accounts.find("author@example.com").isEmpty()) {
            accounts.create("author@example.com", "Ann Author", PASSWORD, Role.AUTHOR,
                    publishing.addAuthor("Ann Author", "").id());
            accounts.create("other@example.com", "Otto Other", PASSWORD, Role.AUTHOR,
                    publishing.addAuthor("Otto Other", "").id());
        }
    }

    @Test
    void theEditorOffersTheLibrarysImagesByTheirAltTextAndNoImage() {
        var image = image("Ferry leaving the harbour");
        var author = signIn("author@example.com");

        var editor = author.page("/newsroom/articles/new");

        var fieldset = editor.selectFirst("fieldset.featured-image");
        assertThat(fieldset.selectFirst("legend").text()).isEqualTo("Featured image");
        var none = fieldset.selectFirst("input#featuredImageId");
        assertThat(none.attr("type")).isEqualTo("radio");
        assertThat(none.val()).isEmpty();
        assertThat(none.hasAttr("checked")).isTrue();
        assertThat(editor.selectFirst("label[for=featuredImageId]").text()).isEqualTo("No featured image");
        var choice = fieldset.selectFirst("input[value=" + image.id() + "]");
        assertThat(choice.attr("name")).isEqualTo("featuredImageId");
        var label = editor.selectFirst("label[for=" + choice.id() + "]");
        assertThat(label.text()).isEqualTo("Ferry leaving the harbour");
        assertThat(label.selectFirst("img").attr("src")).isEqualTo(image.thumbnailUrl());
        assertThat(fieldset.selectFirst("a[href=/newsroom/media/]").text()).contains("Upload an image");
    }

    @Test
    void anImageIsChosenChangedAndRemovedAndReadersSeeEachChoice() {
        var first = image("Cranes on the quay");
        var second = image("An empty quay at dawn");
        var author = signIn("author@example.com");
        var fields = form("The cranes arrive", "publish");
        fields.put("featuredImageId", List.of(Long.toString(first.id())));
        long id = savedArticleId(author.post("/newsroom/articles/new", fields));
        String permalink = author.page("/newsroom/articles/" + id + "/edit").selectFirst(".editor-status a[href^=/2]")
                .attr("href");

        assertThat(featuredAlt(permalink)).isEqualTo("Cranes on the quay");
        assertThat(checkedImage(author, id)).isEqualTo(Long.toString(first.id()));

        fields.put("featuredImageId", List.of(Long.toString(second.id())));
        fields.put("action", List.of("save"));
        savedArticleId(author.post("/newsroom/articles/" + id + "/edit", fields));
        assertThat(featuredAlt(permalink)).isEqualTo("An empty quay at dawn");
        assertThat(checkedImage(author, id)).isEqualTo(Long.toString(second.id()));

        fields.put("featuredImageId", List.of(""));
        savedArticleId(author.post("/newsroom/articles/" + id + "/edit", fields));
        assertThat(Jsoup.parse(new Visitor(port).get(permalink).body()).select("figure")).isEmpty();
        assertThat(checkedImage(author, id)).isEmpty();
        assertThat(featuredColumn(id)).isNull();
    }

    @Test
    void anImageNotInTheLibraryIsAFieldErrorThatKeepsWhatWasTyped() {
        var author = signIn("author@example.com");
        long before = articles();
        for (String tampered : List.of("999999", "not-an-id")) {
            var fields = form("A picture that is not there", "save");
            fields.put("body", List.of("Typed with care."));
            fields.put("tags", List.of("harbours, night"));
            fields.put("featuredImageId", List.of(tampered));

            var response = author.post("/newsroom/articles/new", fields);

            assertThat(response.statusCode()).as(tampered).isEqualTo(422);
            var page = Jsoup.parse(response.body());
            assertThat(page.selectFirst("#featuredImageId-error").text())
                    .contains("The featured image chosen is not in the media library");
            assertThat(page.selectFirst(".error-summary a[href=#featuredImageId]")).isNotNull();
            assertThat(page.selectFirst("fieldset.featured-image").hasClass("field-error")).isTrue();
            assertThat(page.selectFirst("#title").val()).isEqualTo("A picture that is not there");
            assertThat(page.selectFirst("#body").text()).isEqualTo("Typed with care.");
            assertThat(page.selectFirst("#tags").val()).isEqualTo("harbours, night");
        }
        assertThat(articles()).isEqualTo(before);
    }

    @Test
    void anAuthorCannotSetTheImageOfAnotherAuthorsArticle() {
        var image = image("Not for Otto's article");
        var other = signIn("other@example.com");
        long id = savedArticleId(other.post("/newsroom/articles/new", form("Otto's draft", "save")));

        var author = signIn("author@example.com");
        var fields = form("Otto's draft", "save");
        fields.put("featuredImageId", List.of(Long.toString(image.id())));

        assertThat(author.post("/newsroom/articles/" + id + "/edit", fields).statusCode()).isEqualTo(404);
        assertThat(featuredColumn(id)).isNull();
    }

    @Test
    void aRestoredRevisionBringsBackItsImage() {
        var first = image("The old bridge");
        var second = image("The new bridge");
        var author = signIn("author@example.com");
        var fields = form("Bridges", "save");
        fields.put("featuredImageId", List.of(Long.toString(first.id())));
        long id = savedArticleId(author.post("/newsroom/articles/new", fields));
        fields.put("featuredImageId", List.of(Long.toString(second.id())));
        savedArticleId(author.post("/newsroom/articles/" + id + "/edit", fields));

        var revisions = author.page("/newsroom/articles/" + id + "/revisions");
        var ids = revisions.select("input[name=from]").eachAttr("value");
        var diff = author.page("/newsroom/articles/" + id + "/revisions?from=" + ids.get(1) + "&to=" + ids.get(0));
        assertThat(diff.select(".diff-removed").eachText()).contains("- Featured image: “The old bridge”");
        assertThat(diff.select(".diff-added").eachText()).contains("+ Featured image: “The new bridge”");

        var restored = author.post("/newsroom/articles/" + id + "/revisions/" + ids.get(1) + "/restore", Map.of());
        assertThat(location(restored)).endsWith("?done=revision");
        assertThat(featuredColumn(id)).isEqualTo(first.id());
    }

    private String featuredAlt(String permalink) {
        var img = Jsoup.parse(new Visitor(port).get(permalink).body()).selectFirst("figure.featured-image img");
        assertThat(img).as("a featured image on %s", permalink).isNotNull();
        return img.attr("alt");
    }

    private static String checkedImage(NewsroomSession session, long id) {
        Document editor = session.page("/newsroom/articles/" + id + "/edit");
        return editor.selectFirst("input[name=featuredImageId][checked]").val();
    }

    private MediaItem image(String alt) {
        images++;
        return media.upload(TestImages.jpeg(700, 300 + images), alt, "author@example.com").stored();
    }

    private NewsroomSession signIn(String email) {
        var session = NewsroomSession.signIn(port, email, PASSWORD);
        session.page("/newsroom/articles/new");
        return session;
    }

    private Map<String, List<String>> form(String title, String action) {
        var fields = new LinkedHashMap<String, List<String>>();
        fields.put("title", List.of(title));
        fields.put("slug", List.of(""));
        fields.put("body", List.of("Text."));
        fields.put("excerpt", List.of(""));
        fields.put("categoryId", List.of(Long.toString(categoryId)));
        fields.put("tags", List.of(""));
        fields.put("featuredImageId", List.of(""));
        fields.put("commentsOpen", List.of("on"));
        fields.put("publishAt", List.of(""));
        fields.put("action", List.of(action));
        return fields;
    }

    private Long featuredColumn(long id) {
        return jdbc.sql("SELECT featured_media_id FROM article WHERE id = :id").param("id", id).query(Long.class)
                .list().getFirst();
    }

    private long articles() {
        return jdbc.sql("SELECT COUNT(*) FROM article").query(Long.class).single();
    }
}
