package news.gazette.accounts;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import news.gazette.TestDataDirectory;
import news.gazette.TestPostgres;

@SpringBootTest(properties = "gazette.demo-content=false")
class UserStorePostgresTests extends UserStoreContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        String dataDir = TestDataDirectory.create("users-postgres").toString();
        String url = TestPostgres.newDatabase();
        registry.add("gazette.data-dir", () -> dataDir);
        registry.add("gazette.database.url", () -> url);
    }
}
