package news.gazette.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
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
import news.gazette.publishing.Publishing;

/** An author in a real chromium: signs in, writes, previews, publishes, then reads the article on the site. */
@ExtendWith(BrowserPerClass.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EditorBrowserTests {

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        String dataDir = TestDataDirectory.create("editor-browser").toString();
        registry.add("gazette.data-dir", () -> dataDir);
    }

    @BrowserPerClass.Open
    static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    Publishing publishing;

    @Test
    void anAuthorWritesPreviewsAndPublishesAnArticleThatReadersThenFind() {
        accounts.create("writer@example.com", "Wren Writer", "a long enough password", Role.AUTHOR,
                publishing.addAuthor("Wren Writer", "").id());
        var wait = new WebDriverWait(browser, Duration.ofSeconds(10));

        SignInForm.signIn(browser, url("/newsroom/"), "writer@example.com", "a long enough password");
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Articles"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Write a new article"))).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("title"))).sendKeys("Night buses return to the valley");
        browser.findElement(By.id("body")).sendKeys("From Monday the **last bus** leaves at midnight.\n\n> Finally, said one rider.");
        new Select(browser.findElement(By.id("categoryId"))).selectByIndex(1);
        browser.findElement(By.id("tags")).sendKeys("transport, night");
        browser.findElement(By.cssSelector("button[value=preview]")).click();

        var preview = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".editor-preview strong")));
        assertThat(preview.getText()).isEqualTo("last bus");
        assertThat(browser.findElement(By.id("title")).getAttribute("value")).isEqualTo("Night buses return to the valley");
        Browser.screenshot(browser, "editor-preview");

        browser.findElement(By.cssSelector("button[value=publish]")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("[role=status]"), "Published."));
        Browser.screenshot(browser, "editor-published");

        browser.findElement(By.linkText("View on the site")).click();
        wait.until(ExpectedConditions.titleContains("Night buses return to the valley"));
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo("Night buses return to the valley");
        assertThat(browser.findElement(By.cssSelector("blockquote")).getText()).isEqualTo("Finally, said one rider.");
        Browser.screenshot(browser, "editor-public-article");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
