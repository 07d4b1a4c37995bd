package news.gazette.platform;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import news.gazette.TestDataDirectory;
import news.gazette.TestPostgres;

@SpringBootTest(properties = {"gazette.demo-content=false", "gazette.site.title=Title from the property",
        "gazette.site.timezone=Europe/Madrid", "gazette.settings.refresh=PT1H"})
class SavedSettingsPostgresTests extends SavedSettingsContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        String dataDir = TestDataDirectory.create("saved-settings-postgres").toString();
        String url = TestPostgres.newDatabase();
        registry.add("gazette.data-dir", () -> dataDir);
        registry.add("gazette.database.url", () -> url);
    }
}
