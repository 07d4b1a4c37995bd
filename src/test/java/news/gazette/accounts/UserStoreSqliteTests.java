package news.gazette.accounts;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import news.gazette.TestDataDirectory;

@SpringBootTest(properties = "gazette.demo-content=false")
class UserStoreSqliteTests extends UserStoreContract {

    @DynamicPropertySource
    static void sqlite(DynamicPropertyRegistry registry) {
        String dataDir = TestDataDirectory.create("users-sqlite").toString();
        registry.add("gazette.data-dir", () -> dataDir);
    }
}
