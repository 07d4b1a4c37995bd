package news.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;

import org.jsoup.Jsoup;
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
import news.gazette.publishing.ArticleStatus;
import news.gazette.publishing.NewArticle;
import news.gazette.publishing.Publishing;

/** The page cache never shows a reader yesterday's site, and never shows a particular reader a shared page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClockConfiguration.class)
class PageCacheTests {

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        String dataDir = TestDataDirectory.create("page-cache").toString();
        registry.add("gazette.data-dir", () -> dataDir);
    }

    @LocalServerPort
    int port;

    @Autowired
    Publishing publishing;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aScheduledArticleAppearsAtItsTimeOnPagesAlreadyCached() {
        var reader = new Visitor(port);
        var section = publishing.categories().getFirst();
        var author = publishing.author("marta-velasco").orElseThrow();
        var due = clock.instant().plus(Duration.ofMinutes(30));
        var scheduled = publishing.file(new NewArticle("Polls open across the region", "Voting has begun.", "",
                ArticleStatus.SCHEDULED, due, author.id(), section.id(), List.of(), true));
        String path = "/2026/11/25/" + scheduled.slug() + "/";

        assertThat(titlesOnFrontPage(reader)).doesNotContain("Polls open across the region");
        assertThat(titlesOnFrontPage(reader)).doesNotContain("Polls open across the region");
        assertThat(reader.get(path).statusCode()).isEqualTo(404);

        clock.set(due);

        assertThat(titlesOnFrontPage(reader).getFirst()).isEqualTo("Polls open across the region");
        assertThat(reader.get(path).statusCode()).isEqualTo(200);
    }

    @Test
    void readersWithACommenterCookieGetFreshPagesNotTheSharedCopy() {
        var reader = new Visitor(port);
        String path = "/2022/02/03/cafe-owners-weigh-price-rises-as-flour-costs-climb/";
        assertThat(commentCount(reader.get(path).body())).isEqualTo("Comments (0)");
        long articleId = publishing.findPublicArticle("cafe-owners-weigh-price-rises-as-flour-costs-climb").orElseThrow().id();
        jdbc.sql("""
                        INSERT INTO comment (article_id, author_name, author_email, body, status, created_at)
                        VALUES (:article, 'Ana', 'ana@example.com', 'Prices!', 'approved', :at)
                        """)
                .param("article", articleId).param("at", Timestamp.from(clock.instant())).update();

        // written behind the cache's back, so only a reader who bypasses it sees the comment
        assertThat(commentCount(reader.get(path).body())).isEqualTo("Comments (0)");
        assertThat(commentCount(reader.get(path, "Cookie", "gazette_commenter=abc").body())).isEqualTo("Comments (1)");
        assertThat(commentCount(reader.get(path, "Cookie", "JSESSIONID=abc").body())).isEqualTo("Comments (1)");
    }

    @Test
    void servesGzipToReadersWhoAcceptIt() throws Exception {
        var reader = new Visitor(port);
        reader.get("/category/world/");
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(reader.url("/category/world/")))
                .header("Accept-Encoding", "gzip").build();
        var response = java.net.http.HttpClient.newHttpClient().send(request,
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(response.headers().firstValue("Vary")).contains("Accept-Encoding");
        String html = new String(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(response.body()))
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).isEqualTo(reader.get("/category/world/").body());
    }

    private static List<String> titlesOnFrontPage(Visitor reader) {
        return Jsoup.parse(reader.get("/").body()).select(".card-title").eachText();
    }

    private static String commentCount(String html) {
        return Jsoup.parse(html).selectFirst("#comments-title").text();
    }
}
