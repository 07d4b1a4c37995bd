package news.gazette.media;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import news.gazette.TestDataDirectory;

@SpringBootTest(properties = "gazette.demo-content=false")
class MediaStoreSqliteTests extends MediaStoreContract {

    @DynamicPropertySource
    static void sqlite(DynamicPropertyRegistry registry) {
        String dataDir = TestDataDirectory.create("media-sqlite").toString();
        registry.add("gazette.data-dir", () -> dataDir);
    }
}
