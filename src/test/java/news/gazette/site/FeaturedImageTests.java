package news.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import news.gazette.MutableClock;
import news.gazette.TestClockConfiguration;
import news.gazette.TestDataDirectory;
import news.gazette.Visitor;
import news.gazette.media.Media;
import news.gazette.media.MediaEditing;
import news.gazette.media.MediaItem;
import news.gazette.media.TestImages;
import news.gazette.media.Uploader;
import news.gazette.platform.Permalinks;
import news.gazette.publishing.Article;
import news.gazette.publishing.ArticleStatus;
import news.gazette.publishing.NewArticle;
import news.gazette.publishing.Publishing;

/** Featured images on the public site, read over real HTTP: above the article, beside it in lists, always described. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClockConfiguration.class)
class FeaturedImageTests {

    private static final Uploader DESK = new Uploader("desk@example.com", true);

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        String dataDir = TestDataDirectory.create("featured-image").toString();
        registry.add("gazette.data-dir", () -> dataDir);
    }

    @LocalServerPort
    int port;

    @Autowired
    Publishing publishing;

    @Autowired
    Media media;

    @Autowired
    MediaEditing editing;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Permalinks permalinks;

    @Test
    void theArticleShowsItsImageAboveTheBodyInEverySizeThereIs() {
        var image = upload(1200, 800, "Cranes unloading a ship at dusk");
        var article = publish("Cranes work through the night", image);

        var page = read(path(article));

        var figure = page.selectFirst("article figure.featured-image");
        assertThat(figure).isNotNull();
        assertThat(figure.nextElementSibling().hasClass("article-body")).as("the figure comes before the body").isTrue();
        var img = figure.selectFirst("img");
        String v480 = image.variants().get(0).url();
        String v960 = image.variants().get(1).url();
        assertThat(img.attr("src")).isEqualTo(image.url());
        assertThat(img.attr("srcset")).isEqualTo(v480 + " 480w, " + v960 + " 960w, " + image.url() + " 1200w");
        assertThat(img.attr("sizes")).isEqualTo("(min-width: 42rem) 40rem, calc(100vw - 2rem)");
        assertThat(img.attr("alt")).isEqualTo("Cranes unloading a ship at dusk");
        assertThat(img.attr("width")).isEqualTo("1200");
        assertThat(img.attr("height")).isEqualTo("800");
        assertThat(img.attr("loading")).isEqualTo("eager");
        assertThat(img.attr("fetchpriority")).isEqualTo("high");
        assertThat(figure.select("figcaption")).isEmpty();
        for (String url : List.of(image.url(), v480, v960)) {
            assertThat(new Visitor(port).get(url).statusCode()).as(url).isEqualTo(200);
        }
    }

    @Test
    void anImageTooSmallToShrinkIsListedAlone() {
        var image = upload(300, 200, "A small map of the bay");
        var article = publish("Map of the bay", image);

        var img = read(path(article)).selectFirst("figure.featured-image img");

        assertThat(img.attr("srcset")).isEqualTo(image.url() + " 300w");
        assertThat(img.attr("width")).isEqualTo("300");
        assertThat(img.attr("height")).isEqualTo("200");
    }

    @Test
    void listsShowTheSmallestCopyBesideTheArticleLoadedLazily() {
        var image = upload(1000, 500, "A quay in the rain");
        var article = publish("Rain on the quay", image);

        for (String list : List.of("/", "/category/" + article.category().slug() + "/")) {
            var card = read(list).selectFirst(card(article));
            var img = card.selectFirst("img.card-image");
            assertThat(img).as(list).isNotNull();
            assertThat(img.attr("src")).isEqualTo(image.variants().getFirst().url());
            assertThat(img.attr("srcset")).isEqualTo(image.srcset());
            assertThat(img.attr("width")).isEqualTo("480");
            assertThat(img.attr("height")).isEqualTo("240");
            assertThat(img.attr("alt")).isEqualTo("A quay in the rain");
            assertThat(img.attr("loading")).isEqualTo("lazy");
            assertThat(img.attr("sizes")).isNotBlank();
        }
    }

    @Test
    void articlesWithoutAnImageShowNone() {
        var article = publishing.findPublicArticle("arrest-of-former-kazakhstan-spy-chief-uncovers-internal-power-struggles")
                .orElseThrow();
        assertThat(read(path(article)).select("figure, img")).isEmpty();
        assertThat(read("/2022/").select(".card-image")).isEmpty();
    }

    @Test
    void aNewAltTextAndCaptionReachPagesAlreadyCached() {
        var image = upload(800, 600, "First description");
        var article = publish("Harbour at night", image);
        assertThat(read(path(article)).selectFirst("figure img").attr("alt")).isEqualTo("First description");
        assertThat(read(path(article)).selectFirst("figure img").attr("alt")).as("served from the cache")
                .isEqualTo("First description");
        assertThat(read("/").selectFirst(card(article) + " img.card-image").attr("alt")).isEqualTo("First description");

        assertThat(editing.describe(DESK, image.id(), "Boats moored under floodlights", "Photo: <b>the desk</b>")
                .isDone()).isTrue();

        var figure = read(path(article)).selectFirst("figure.featured-image");
        assertThat(figure.selectFirst("img").attr("alt")).isEqualTo("Boats moored under floodlights");
        assertThat(figure.selectFirst("figcaption").text()).isEqualTo("Photo: <b>the desk</b>");
        assertThat(figure.select("figcaption b")).as("a caption is text, escaped").isEmpty();
        assertThat(read("/").selectFirst(card(article) + " img.card-image").attr("alt")).isEqualTo("Boats moored under floodlights");
    }

    @Test
    void anArticleWhoseImageIsGoneFromTheLibraryShowsNone() {
        var image = upload(640, 480, "Soon missing");
        var article = publish("The missing picture", image);
        // behind the library's back, as a deletion racing the article's save on PostgreSQL could leave it
        jdbc.sql("DELETE FROM media_variant WHERE media_id = :id").param("id", image.id()).update();
        jdbc.sql("DELETE FROM media WHERE id = :id").param("id", image.id()).update();
        clock.advance(Duration.ofSeconds(1));
        publish("Something else, so the cache is emptied", null);

        assertThat(new Visitor(port).get(path(article)).statusCode()).isEqualTo(200);
        assertThat(read(path(article)).select("figure")).isEmpty();
        assertThat(read("/").select(card(article) + " img")).isEmpty();
    }

    private MediaItem upload(int width, int height, String alt) {
        return media.upload(TestImages.jpeg(width, height), alt, DESK.name()).stored();
    }

    private Article publish(String title, MediaItem image) {
        var author = publishing.author("marta-velasco").orElseThrow();
        return publishing.file(new NewArticle(title, "Reported tonight.", "", ArticleStatus.PUBLISHED,
                clock.instant(), author.id(), publishing.categories().getFirst().id(), List.of(), true,
                image == null ? null : image.id()));
    }

    private String path(Article article) {
        return permalinks.article(article.publishedAt(), article.slug());
    }

    private String card(Article article) {
        return ".card:has(a[href=\"" + path(article) + "\"])";
    }

    private Document read(String path) {
        var response = new Visitor(port).get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }
}
