package news.gazette.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import news.gazette.Browser;
import news.gazette.BrowserPerClass;
import news.gazette.TestDataDirectory;
import news.gazette.accounts.Accounts;
import news.gazette.accounts.SignInForm;
import news.gazette.accounts.Role;

/** An administrator in a real chromium: opens the settings, changes the tagline, and finds it on the site. */
@ExtendWith(BrowserPerClass.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SettingsBrowserTests {

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        String dataDir = TestDataDirectory.create("settings-browser").toString();
        registry.add("gazette.data-dir", () -> dataDir);
    }

    @BrowserPerClass.Open
    static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Test
    void anAdministratorChangesTheTaglineAndReadersSeeItAtOnce() {
        accounts.create("chief@example.com", "Chief Editor", "a long enough password", Role.ADMINISTRATOR, null);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        browser.get(url("/"));
        assertThat(browser.findElement(By.cssSelector(".tagline")).getText()).isEqualTo("News as it happens");

        SignInForm.signIn(browser, url("/newsroom/"), "chief@example.com", "a long enough password");
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Settings"))).click();

        var tagline = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tagline")));
        assertThat(tagline.getDomProperty("value")).isEqualTo("News as it happens");
        tagline.clear();
        tagline.sendKeys("Ferries, harbours and the sea");
        browser.findElement(By.cssSelector("form[action='/newsroom/settings/site'] button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("[role=status]"), "Settings saved."));
        assertThat(browser.findElement(By.id("tagline")).getDomProperty("value")).isEqualTo("Ferries, harbours and the sea");
        Browser.screenshot(browser, "settings-saved");

        browser.findElement(By.linkText("View site")).click();
        wait.until(ExpectedConditions.titleIs("Gazette – Ferries, harbours and the sea"));
        assertThat(browser.findElement(By.cssSelector(".tagline")).getText()).isEqualTo("Ferries, harbours and the sea");
        Browser.screenshot(browser, "settings-tagline-on-the-site");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
