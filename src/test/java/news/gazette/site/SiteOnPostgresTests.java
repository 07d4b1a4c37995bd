package news.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import news.gazette.TestDataDirectory;
import news.gazette.TestPostgres;
import news.gazette.Visitor;

/** The whole site on PostgreSQL: same migrations, same demo content, same pages as on SQLite. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SiteOnPostgresTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        String dataDir = TestDataDirectory.create("site-postgres").toString();
        String url = TestPostgres.newDatabase();
        registry.add("gazette.data-dir", () -> dataDir);
        registry.add("gazette.database.url", () -> url);
    }

    @LocalServerPort
    int port;

    @Test
    void servesTheSeedArticleWordForWord() {
        assumeTrue(SeedArticle.isAvailable(), "../shared/seed-article.txt is not beside this checkout");
        var response = new Visitor(port).get(SeedArticle.PATH);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(SeedArticle.pageLines(response.body())).containsExactlyElementsOf(SeedArticle.expectedLines());
    }

    @Test
    void servesTheFrontPageAndArchivesInTheSameOrder() {
        var reader = new Visitor(port);
        var front = Jsoup.parse(reader.get("/").body());
        assertThat(front.select(".card-title")).hasSize(7);
        assertThat(front.selectFirst(".card-title").text()).isEqualTo("Señora Núñez and the last ferry to Isla Grande");
        var january = Jsoup.parse(reader.get("/2022/01/").body());
        assertThat(january.select(".card-title").eachText()).containsExactly(
                "Mountain villages prepare for a late winter",
                "Arrest of former Kazakhstan spy chief uncovers internal power struggles",
                "Rail freight across Central Asia draws new investors");
        assertThat(reader.get("/tag/kazakhstan/").statusCode()).isEqualTo(200);
        assertThat(reader.get("/2022/01/22/no-such-article/").statusCode()).isEqualTo(404);
    }
}
