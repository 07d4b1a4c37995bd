package news.gazette.publishing;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import news.gazette.TestDataDirectory;

@SpringBootTest(properties = "gazette.demo-content=false")
class ArticleDeskSqliteTests extends ArticleDeskContract {

    @DynamicPropertySource
    static void sqlite(DynamicPropertyRegistry registry) {
        String dataDir = TestDataDirectory.create("article-desk-sqlite").toString();
        registry.add("gazette.data-dir", () -> dataDir);
    }
}
