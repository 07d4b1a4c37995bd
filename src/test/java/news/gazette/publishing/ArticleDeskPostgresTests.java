package news.gazette.publishing;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import news.gazette.TestDataDirectory;
import news.gazette.TestPostgres;

@SpringBootTest(properties = "gazette.demo-content=false")
class ArticleDeskPostgresTests extends ArticleDeskContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        String dataDir = TestDataDirectory.create("article-desk-postgres").toString();
        String url = TestPostgres.newDatabase();
        registry.add("gazette.data-dir", () -> dataDir);
        registry.add("gazette.database.url", () -> url);
    }
}
