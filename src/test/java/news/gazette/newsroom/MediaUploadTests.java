package news.gazette.newsroom;

import static news.gazette.newsroom.NewsroomSession.location;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import news.gazette.TestDataDirectory;
import news.gazette.accounts.Accounts;
import news.gazette.accounts.Role;
import news.gazette.media.TestImages;

/** Uploading images in the newsroom over real HTTP, and a reader fetching them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"gazette.media.max-bytes=300KB", "gazette.demo-content=false"})
class MediaUploadTests {

    static final String PASSWORD = "correct horse battery staple";
    static String dataDir;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        dataDir = TestDataDirectory.create("media").toString();
        registry.add("gazette.data-dir", () -> dataDir);
    }

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void createPeople() {
        if (accounts.find("author@example.com").isEmpty()) {
            accounts.create("author@example.com", "Ann Author", PASSWORD, Role.AUTHOR, null);
            accounts.create("contributor@example.com", "Cora Contributor", PASSWORD, Role.CONTRIBUTOR, null);
            accounts.create("moderator@example.com", "Mo Moderator", PASSWORD, Role.MODERATOR, null);
        }
    }

    @Test
    void anUploadedImageIsListedAndServedWithItsCopies() throws Exception {
        var author = NewsroomSession.signIn(port, "author@example.com", PASSWORD);
        var library = author.page("/newsroom/media/");
        assertThat(library.selectFirst("nav a[aria-current=page]").text()).isEqualTo("Media");

        var response = author.postFile("/newsroom/media/", "harbour.png", TestImages.jpeg(1000, 600),
                Map.of("alt", "Cranes at the harbour"), true);
        String landed = location(response);
        assertThat(landed).startsWith("/newsroom/media/?uploaded=");

        var page = author.page(landed);
        assertThat(page.selectFirst("[role=status]").text()).contains("![Cranes at the harbour](/media/");
        var item = page.selectFirst(".media-list li");
        assertThat(item.selectFirst("img").attr("alt")).isEqualTo("Cranes at the harbour");
        assertThat(item.selectFirst("img").attr("width")).isEqualTo("160");
        assertThat(item.selectFirst("img").attr("height")).as("the 480 × 288 copy at 160 wide").isEqualTo("96");
        assertThat(item.selectFirst(".media-facts").text()).startsWith("1000 × 600 pixels, ");
        String markdown = item.selectFirst(".media-markdown").val();
        String original = markdown.substring(markdown.indexOf("(") + 1, markdown.length() - 1);
        assertThat(original).matches("/media/[0-9a-f]{32}\\.jpg");

        var served = fetch(original);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().allValues("Content-Type")).containsExactly("image/jpeg");
        assertThat(served.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(served.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=31536000", "public");
        assertThat(served.body()).hasSizeGreaterThan(1000);
        var thumbnail = fetch(item.selectFirst("img").attr("src"));
        assertThat(item.selectFirst("img").attr("src")).endsWith("-480w.jpg");
        assertThat(thumbnail.statusCode()).isEqualTo(200);
        assertThat(variants()).isEqualTo(2);
    }

    @Test
    void aScriptRenamedJpgIsRefusedAndNothingIsStored() {
        var author = NewsroomSession.signIn(port, "author@example.com", PASSWORD);
        author.page("/newsroom/media/");
        long before = media();

        var response = author.postFile("/newsroom/media/", "photo.jpg",
                "<?php system($_GET['c']); ?>".getBytes(StandardCharsets.UTF_8), Map.of("alt", "A photo"), true);

        assertThat(response.statusCode()).isEqualTo(422);
        var page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("#file-error").text()).contains("The file must be a JPEG, PNG, GIF or WebP image.");
        assertThat(page.selectFirst(".error-summary a[href=#file]")).isNotNull();
        assertThat(page.selectFirst("#alt").val()).isEqualTo("A photo");
        assertThat(media()).isEqualTo(before);
    }

    @Test
    void missingAltTextIsAFieldErrorKeepingTheForm() {
        var author = NewsroomSession.signIn(port, "author@example.com", PASSWORD);
        author.page("/newsroom/media/");

        var response = author.postFile("/newsroom/media/", "x.png", TestImages.png(50, 50), Map.of("alt", " "), true);

        assertThat(response.statusCode()).isEqualTo(422);
        var page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("#alt-error").text()).contains("Describe the image");
        assertThat(page.selectFirst("#file")).isNotNull();
    }

    @Test
    void anUploadOverTheLimitGetsAPageSayingSo() {
        var author = NewsroomSession.signIn(port, "author@example.com", PASSWORD);
        author.page("/newsroom/media/");
        byte[] big = Arrays.copyOf(TestImages.jpeg(10, 10), 400 * 1024);

        var response = author.postFile("/newsroom/media/", "big.jpg", big, Map.of("alt", "Big"), true);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(Jsoup.parse(response.body()).selectFirst("h1").text()).isEqualTo("The file is too large");
    }

    @Test
    void contributorsAndModeratorsMayNotUpload() {
        for (String email : new String[] {"contributor@example.com", "moderator@example.com"}) {
            var person = NewsroomSession.signIn(port, email, PASSWORD);
            assertThat(person.page("/newsroom/").select("nav a[href=/newsroom/media/]")).isEmpty();
            assertThat(person.get("/newsroom/media/").statusCode()).isEqualTo(403);
            assertThat(person.postFile("/newsroom/media/", "x.png", TestImages.png(20, 20), Map.of("alt", "X"), true)
                    .statusCode()).isEqualTo(403);
        }
    }

    @Test
    void anUploadWithoutTheCsrfTokenIsRefused() {
        var author = NewsroomSession.signIn(port, "author@example.com", PASSWORD);
        long before = media();

        var response = author.postFile("/newsroom/media/", "x.png", TestImages.png(20, 20), Map.of("alt", "X"), false);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(media()).isEqualTo(before);
    }

    @Test
    void nothingOutsideTheMediaFolderIsServed() throws Exception {
        Files.writeString(Path.of(dataDir, "secret.txt"), "secret");
        for (String path : new String[] {"/media/..%2Fsecret.txt", "/media/%2e%2e%2fgazette.db", "/media/secret.txt",
                "/media/0123456789abcdef0123456789abcdef.jpg"}) {
            var response = fetch(path);
            assertThat(response.statusCode()).as(path).isIn(400, 404);
            assertThat(new String(response.body(), StandardCharsets.UTF_8)).doesNotContain("secret\n").isNotEqualTo("secret");
        }
        assertThat(fetch("/media/../secret.txt").statusCode()).isIn(400, 404);
    }

    private HttpResponse<byte[]> fetch(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private long media() {
        return jdbc.sql("SELECT COUNT(*) FROM media").query(Long.class).single();
    }

    private long variants() {
        return jdbc.sql("SELECT COUNT(*) FROM media_variant").query(Long.class).single();
    }
}
