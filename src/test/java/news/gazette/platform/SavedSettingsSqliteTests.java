package news.gazette.platform;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import news.gazette.TestDataDirectory;

@SpringBootTest(properties = {"gazette.demo-content=false", "gazette.site.title=Title from the property",
        "gazette.site.timezone=Europe/Madrid", "gazette.settings.refresh=PT1H"})
class SavedSettingsSqliteTests extends SavedSettingsContract {

    @DynamicPropertySource
    static void sqlite(DynamicPropertyRegistry registry) {
        String dataDir = TestDataDirectory.create("saved-settings-sqlite").toString();
        registry.add("gazette.data-dir", () -> dataDir);
    }
}
