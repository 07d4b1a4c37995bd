package news.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
import news.gazette.publishing.Publishing;

/** A reader on the demo site, over real HTTP, three articles to a page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"gazette.site.articles-per-page=3", "gazette.site.base-url=https://news.example.com"})
class ReaderSiteTests {

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        String dataDir = TestDataDirectory.create("reader-site").toString();
        registry.add("gazette.data-dir", () -> dataDir);
    }

    @LocalServerPort
    int port;

    @Autowired
    Publishing publishing;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PageCache pageCache;

    Visitor reader;

    @BeforeEach
    void openBrowser() {
        reader = new Visitor(port);
    }

    private Document page(String path) {
        HttpResponse<String> response = reader.get(path);
        assertThat(response.statusCode()).as("status of %s", path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).isEqualTo("text/html;charset=UTF-8"));
        return Jsoup.parse(response.body(), reader.url(path));
    }

    @Test
    void servesTheSeedArticleAtItsPermalinkWordForWord() {
        assumeTrue(SeedArticle.isAvailable(), "../shared/seed-article.txt is not beside this checkout");
        var html = reader.get(SeedArticle.PATH).body();
        assertThat(SeedArticle.pageLines(html)).containsExactlyElementsOf(SeedArticle.expectedLines());
    }

    @Test
    void showsTheArticlesHeadlineDatelineBylineTagsAndCommentCount() {
        var article = page(SeedArticle.PATH);
        assertThat(article.title()).isEqualTo("Arrest of former Kazakhstan spy chief uncovers internal power struggles – Gazette");
        assertThat(article.selectFirst("h1").text()).isEqualTo("Arrest of former Kazakhstan spy chief uncovers internal power struggles");
        assertThat(article.selectFirst(".dateline time").attr("datetime")).isEqualTo("2022-01-22T17:44:00Z");
        assertThat(article.selectFirst(".dateline").text()).isEqualTo("January 22, 2022 5:44 pm");
        assertThat(article.selectFirst(".byline").text()).isEqualTo("By Marta Velasco in World");
        assertThat(article.select(".article-tags a").eachText()).containsExactly("Central Asia", "Kazakhstan", "Security");
        assertThat(article.selectFirst("#comments-title").text()).isEqualTo("Comments (0)");
        assertThat(article.selectFirst("#respond .comment-notes").text())
                .isEqualTo("Your email address will not be published. Required fields are marked *");
        assertThat(article.select("h1")).hasSize(1);
        assertThat(article.select("main#main")).hasSize(1);
    }

    @Test
    void countsOnlyApprovedCommentsFromTheDatabase() {
        long articleId = publishing.findPublicArticle("small-ports-bet-on-electric-cranes").orElseThrow().id();
        for (String status : List.of("approved", "approved", "pending", "spam", "trash")) {
            jdbc.sql("""
                            INSERT INTO comment (article_id, author_name, author_email, body, status, created_at)
                            VALUES (:article, 'Ana', 'ana@example.com', 'Hello', :status, :at)
                            """)
                    .param("article", articleId).param("status", status)
                    .param("at", Timestamp.valueOf("2022-02-11 10:00:00")).update();
        }
        pageCache.invalidateAll();
        var article = page("/2022/02/10/small-ports-bet-on-electric-cranes/");
        assertThat(article.selectFirst("#comments-title").text()).isEqualTo("Comments (2)");
        var card = page("/category/business/").selectFirst("a[href='/2022/02/10/small-ports-bet-on-electric-cranes/#comments']");
        assertThat(card.text()).isEqualTo("Comments (2)");
    }

    @Test
    void frontPageListsTheLatestArticlesNewestFirstInPages() {
        var front = page("/");
        assertThat(front.title()).isEqualTo("Gazette – News as it happens");
        assertThat(front.select(".card-title").eachText()).containsExactly(
                "Señora Núñez and the last ferry to Isla Grande", "What a four-day week taught one newsroom",
                "Small ports bet on electric cranes");
        Element first = front.selectFirst(".card");
        assertThat(first.selectFirst("time").text()).isEqualTo("February 20, 2022");
        assertThat(first.selectFirst(".by").text()).isEqualTo("By Marta Velasco");
        assertThat(first.selectFirst(".in").text()).isEqualTo("in World");
        assertThat(first.selectFirst(".comment-count").text()).isEqualTo("Comments (0)");
        assertThat(first.selectFirst(".excerpt").text()).startsWith("Señora Núñez has run the ferry");
        assertThat(front.selectFirst(".page-of").text()).isEqualTo("Page 1 of 3");
        assertThat(front.selectFirst("a[rel=next]").attr("href")).isEqualTo("/page/2/");

        var second = page("/page/2/");
        assertThat(second.title()).isEqualTo("Latest news – Page 2 – Gazette");
        assertThat(second.select(".card-title").eachText()).containsExactly("Café owners weigh price rises as flour costs climb",
                "Mountain villages prepare for a late winter",
                "Arrest of former Kazakhstan spy chief uncovers internal power struggles");
        assertThat(second.selectFirst("link[rel=prev]").attr("href")).isEqualTo("https://news.example.com/");
        assertThat(page("/page/3/").select(".card-title").eachText())
                .containsExactly("Rail freight across Central Asia draws new investors");
    }

    @Test
    void neverShowsDrafts() {
        assertThat(reader.get("/").body() + reader.get("/page/2/").body() + reader.get("/page/3/").body())
                .doesNotContain("Election night");
    }

    @Test
    void everyPageTypeHasTitleDescriptionAndCanonicalLink() {
        var expected = List.of(
                List.of("/", "Gazette – News as it happens", "https://news.example.com/"),
                List.of(SeedArticle.PATH, "Arrest of former Kazakhstan spy chief uncovers internal power struggles – Gazette",
                        "https://news.example.com" + SeedArticle.PATH),
                List.of("/category/world/", "World – Gazette", "https://news.example.com/category/world/"),
                List.of("/tag/trade/", "Trade – Gazette", "https://news.example.com/tag/trade/"),
                List.of("/author/daniel-okafor/", "Daniel Okafor – Gazette", "https://news.example.com/author/daniel-okafor/"),
                List.of("/2022/", "2022 – Gazette", "https://news.example.com/2022/"),
                List.of("/2022/02/", "February 2022 – Gazette", "https://news.example.com/2022/02/"),
                List.of("/2022/02/page/2/", "February 2022 – Page 2 – Gazette", "https://news.example.com/2022/02/page/2/"),
                List.of("/2022/01/22/", "January 22, 2022 – Gazette", "https://news.example.com/2022/01/22/"));
        for (var row : expected) {
            var doc = page(row.get(0));
            assertThat(doc.title()).as("title of %s", row.get(0)).isEqualTo(row.get(1));
            assertThat(doc.selectFirst("link[rel=canonical]").attr("href")).as("canonical of %s", row.get(0)).isEqualTo(row.get(2));
            assertThat(doc.selectFirst("meta[name=description]").attr("content")).as("description of %s", row.get(0)).isNotBlank();
        }
    }

    @Test
    void archivesListTheirArticlesAndSayWhenEmpty() {
        assertThat(page("/category/world/").select(".card-title").eachText()).containsExactly(
                "Señora Núñez and the last ferry to Isla Grande", "Mountain villages prepare for a late winter",
                "Arrest of former Kazakhstan spy chief uncovers internal power struggles");
        assertThat(page("/tag/trade/").select(".card-title").eachText())
                .containsExactly("Small ports bet on electric cranes", "Rail freight across Central Asia draws new investors");
        var author = page("/author/daniel-okafor/");
        assertThat(author.selectFirst(".archive-description").text()).contains("trade, ports");
        assertThat(author.select(".card-title")).hasSize(3);
        assertThat(page("/2022/01/22/").select(".card-title").eachText())
                .containsExactly("Arrest of former Kazakhstan spy chief uncovers internal power struggles");

        var empty = page("/2019/");
        assertThat(empty.selectFirst(".empty").text()).isEqualTo("Nothing was published in 2019. See the latest news.");
        assertThat(empty.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex, follow");
    }

    @Test
    void unknownAddressesGetTheNotFoundPageWithAWayBack() {
        for (String path : List.of("/no-such-page", "/category/nope/", "/tag/nope/", "/author/nobody/",
                "/2022/01/22/no-such-article/", "/2022/13/", "/2022/02/30/", "/0999/", "/page/99/", "/page/0/",
                "/page/abc/", "/category/world/page/9/", "/2022/01/01/election-night-coverage-plan/",
                "/category/%3Cscript%3Ealert(1)%3C/script%3E/", "/page/99999999999/")) {
            var response = reader.get(path);
            assertThat(response.statusCode()).as("status of %s", path).isEqualTo(404);
            var doc = Jsoup.parse(response.body());
            assertThat(doc.selectFirst("h1").text()).as("heading of %s", path).isEqualTo("Page not found");
            assertThat(doc.select("main a[href=/]")).as("way back from %s", path).isNotEmpty();
            assertThat(response.body()).doesNotContain("Exception", "<script>");
        }
    }

    @Test
    void theSiteIconIsServedWhereBrowsersLookForItAndNamedInEveryPage() throws Exception {
        var icon = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(reader.url("/favicon.ico"))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type")).hasValue("image/vnd.microsoft.icon");
        assertThat(icon.body()).startsWith(0, 0, 1, 0);   // the ICO header: reserved 0, type 1 (icon)
        var svg = reader.get("/assets/favicon.svg");
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.body()).startsWith("<svg");
        assertThat(page("/").select("link[rel=icon]")).extracting(link -> link.attr("href"))
                .containsExactly("/favicon.ico", "/assets/favicon.svg");
    }

    @Test
    void sloppyAndOldAddressesRedirectPermanentlyToTheCanonicalOne() {
        String canonical = SeedArticle.PATH;
        var expectations = List.of(
                List.of(canonical.substring(0, canonical.length() - 1), canonical),
                List.of("/2022/01/23/arrest-of-former-kazakhstan-spy-chief-uncovers-internal-power-struggles/", canonical),
                List.of("/2022/1/22/arrest-of-former-kazakhstan-spy-chief-uncovers-internal-power-struggles/", canonical),
                List.of("/category/world", "/category/world/"),
                List.of("/category/world?ref=x", "/category/world/?ref=x"),
                List.of("/2022/02", "/2022/02/"),
                List.of("/page/1/", "/"),
                List.of("/category/world/page/1/", "/category/world/"));
        for (var row : expectations) {
            var response = reader.get(row.get(0));
            assertThat(response.statusCode()).as("status of %s", row.get(0)).isEqualTo(301);
            assertThat(response.headers().firstValue("Location").orElseThrow())
                    .as("location of %s", row.get(0)).endsWith(row.get(1));
        }
    }

    @Test
    void requestsTheFirewallRefusesGetAPlainPageToo() {
        for (String path : List.of("/category/a%2Fb/", "/;jsessionid=abc", "/2022/01/22/x;y/")) {
            var response = reader.get(path);
            assertThat(response.statusCode()).as("status of %s", path).isEqualTo(400);
            assertThat(Jsoup.parse(response.body()).selectFirst("h1").text()).isEqualTo("That request could not be understood");
        }
    }

    @Test
    void malformedInputNeverCausesAServerError() {
        for (String path : List.of("/%00", "/%25", "/2022/01/22/%ff%fe/", "/category/../../etc/passwd",
                "/tag/" + "a".repeat(3000) + "/", "/2022/99/99/x/", "/9999/12/31/", "/page/-1/",
                "/author/%27%20OR%201=1--/", "/;jsessionid=abc", "/2022/01/22/x;y/", "/category/world/page/2147483647/")) {
            var response = reader.get(path);
            assertThat(response.statusCode()).as("status of %s", path).isIn(200, 301, 400, 404);
            assertThat(response.body()).as("body of %s", path).doesNotContain("Exception", "Tomcat", "at news.gazette");
        }
    }

    @Test
    void anonymousReadersGetNoSessionAndTheSameCacheableBytes() {
        var first = reader.get("/category/business/");
        var second = reader.get("/category/business/");
        assertThat(first.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(second.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().firstValue("Cache-Control")).contains("no-cache");
        String etag = second.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("ETag")).contains(etag);
        assertThat(second.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(second.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'self'"));

        var revalidated = reader.get("/category/business/", "If-None-Match", etag);
        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.body()).isEmpty();
    }
}
