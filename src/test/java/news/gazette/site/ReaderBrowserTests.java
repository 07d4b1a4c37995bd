package news.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import news.gazette.Browser;
import news.gazette.BrowserPerClass;
import news.gazette.TestDataDirectory;

/** A reader in a real chromium: from the front page to the seed article and on to its section. */
@ExtendWith(BrowserPerClass.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReaderBrowserTests {

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        String dataDir = TestDataDirectory.create("reader-browser").toString();
        registry.add("gazette.data-dir", () -> dataDir);
    }

    @BrowserPerClass.Open
    static WebDriver browser;

    @LocalServerPort
    int port;

    @Test
    void readerFollowsTheFrontPageToTheSeedArticleAndOnToItsSection() {
        browser.get("http://localhost:" + port + "/");
        assertThat(browser.getTitle()).isEqualTo("Gazette – News as it happens");
        Browser.screenshot(browser, "front-page");

        browser.findElement(By.linkText("Arrest of former Kazakhstan spy chief uncovers internal power struggles")).click();

        assertThat(browser.getCurrentUrl()).endsWith(SeedArticle.PATH);
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo("Arrest of former Kazakhstan spy chief uncovers internal power struggles");
        assertThat(browser.findElement(By.cssSelector(".dateline")).getText()).isEqualTo("January 22, 2022 5:44 pm");
        assertThat(browser.findElement(By.id("comments-title")).getText()).isEqualTo("Comments (0)");
        assertThat(browser.findElement(By.id("reply-title")).getText()).isEqualTo("Leave a Reply");
        Browser.screenshot(browser, "seed-article");

        browser.findElement(By.cssSelector(".byline a[href='/category/world/']")).click();

        assertThat(browser.getCurrentUrl()).endsWith("/category/world/");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("World");
        assertThat(browser.findElements(By.cssSelector(".card-title"))).extracting(element -> element.getText())
                .contains("Arrest of former Kazakhstan spy chief uncovers internal power struggles");
        Browser.screenshot(browser, "category-world");
    }

    @Test
    void keyboardUsersCanSkipToTheMainContent() {
        browser.get("http://localhost:" + port + SeedArticle.PATH);
        var skip = browser.findElement(By.cssSelector("a.skip-link"));
        assertThat(skip.getAttribute("href")).endsWith("#main");
        browser.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.TAB);
        assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Skip to main content");
        browser.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ENTER);
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("main");
    }
}
