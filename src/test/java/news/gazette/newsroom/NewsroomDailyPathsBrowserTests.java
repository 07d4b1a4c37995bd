package news.gazette.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import news.gazette.Browser;
import news.gazette.BrowserPerClass;
import news.gazette.MutableClock;
import news.gazette.TestClockConfiguration;
import news.gazette.TestDataDirectory;
import news.gazette.accounts.Accounts;
import news.gazette.accounts.Role;
import news.gazette.accounts.SignInForm;
import news.gazette.publishing.Publishing;

/**
 * The newsroom's daily paths in a real chromium, on a site whose clock the test moves: an editor schedules an
 * article that readers find only once its time has come; a contributor can only submit for review; and someone
 * signed out who opens any newsroom address gets the sign-in page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClockConfiguration.class)
@ExtendWith(BrowserPerClass.class)
class NewsroomDailyPathsBrowserTests {

    private static final String PASSWORD = "a long enough password";

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        String dataDir = TestDataDirectory.create("newsroom-daily-paths").toString();
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

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void signedOut() {
        browser.manage().deleteAllCookies();
    }

    @Test
    void anEditorSchedulesAnArticleThatReadersFindOnlyOnceItsTimeHasCome() {
        accounts.create("eddie@example.com", "Eddie Editor", PASSWORD, Role.EDITOR,
                publishing.addAuthor("Eddie Editor", "").id());
        signIn("eddie@example.com");
        browser.get(url("/newsroom/articles/new"));
        var wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("title"))).sendKeys("Evening ferry timetable changes");
        browser.findElement(By.id("body")).sendKeys("From December the **last ferry** leaves at ten.");
        new Select(browser.findElement(By.id("categoryId"))).selectByIndex(1);
        // two hours after the site's clock (UTC), as a person picks it in the date and time control
        var publishAt = browser.findElement(By.id("publishAt"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2026-11-25T14:00'", publishAt);
        browser.findElement(By.cssSelector("button[value=schedule]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "Scheduled"));
        Browser.screenshot(browser, "daily-scheduled");

        String address = "/2026/11/25/evening-ferry-timetable-changes/";
        browser.manage().deleteAllCookies();
        browser.get(url(address));
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo("Page not found");
        browser.get(url("/"));
        assertThat(browser.getPageSource()).doesNotContain("Evening ferry timetable changes");

        clock.advance(Duration.ofHours(2).plusMinutes(1));

        browser.get(url("/"));
        assertThat(browser.findElements(By.linkText("Evening ferry timetable changes"))).hasSize(1);
        browser.findElement(By.linkText("Evening ferry timetable changes")).click();
        wait.until(ExpectedConditions.titleContains("Evening ferry timetable changes"));
        assertThat(browser.getCurrentUrl()).isEqualTo(url(address));
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo("Evening ferry timetable changes");
        assertThat(browser.findElement(By.cssSelector("article strong")).getText()).isEqualTo("last ferry");
        Browser.screenshot(browser, "daily-scheduled-published");
    }

    @Test
    void aContributorCanSubmitForReviewButNotPublish() {
        accounts.create("cora@example.com", "Cora Contributor", PASSWORD, Role.CONTRIBUTOR,
                publishing.addAuthor("Cora Contributor", "").id());
        signIn("cora@example.com");
        browser.get(url("/newsroom/articles/new"));
        var wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("title"))).sendKeys("A scoop from the harbour");
        browser.findElement(By.id("body")).sendKeys("Big news.");
        new Select(browser.findElement(By.id("categoryId"))).selectByIndex(1);
        assertThat(browser.findElements(By.cssSelector("button[value=publish]"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("button[value=schedule]"))).isEmpty();

        // a publish button added by hand to the page is refused by the server, and what was typed stays
        ((JavascriptExecutor) browser).executeScript("""
                var button = document.createElement('button');
                button.type = 'submit'; button.name = 'action'; button.value = 'publish'; button.id = 'forged';
                button.textContent = 'Publish now';
                document.querySelector('button[value=submit]').form.appendChild(button);""");
        browser.findElement(By.id("forged")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".error-summary")));
        assertThat(browser.findElement(By.cssSelector(".error-summary")).getText())
                .contains("You can save drafts and submit them for review; an editor publishes them.");
        assertThat(browser.findElement(By.id("title")).getAttribute("value")).isEqualTo("A scoop from the harbour");
        assertThat(statusOf("A scoop from the harbour")).isEmpty();

        browser.findElement(By.cssSelector("button[value=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "Submitted for review"));
        assertThat(statusOf("A scoop from the harbour")).containsExactly("pending");
        browser.manage().deleteAllCookies();
        browser.get(url("/"));
        assertThat(browser.getPageSource()).doesNotContain("A scoop from the harbour");
    }

    @Test
    void someoneSignedOutGetsTheSignInPageForEveryNewsroomAddress() {
        long article = publishing.latest(1, 1).articles().getFirst().id();
        for (String path : List.of("/newsroom/", "/newsroom/articles/", "/newsroom/articles/new",
                "/newsroom/articles/" + article + "/edit", "/newsroom/articles/" + article + "/revisions",
                "/newsroom/comments/", "/newsroom/comments/?status=spam", "/newsroom/comments/blocks",
                "/newsroom/comments/1/edit", "/newsroom/media/", "/newsroom/categories/", "/newsroom/categories/new",
                "/newsroom/tags/", "/newsroom/authors/", "/newsroom/users/", "/newsroom/users/new",
                "/newsroom/users/1/edit", "/newsroom/settings/", "/newsroom/account/", "/newsroom/account/two-factor",
                "/newsroom/no-such-page")) {
            browser.manage().deleteAllCookies();
            browser.get(url(path));
            assertThat(browser.getCurrentUrl()).as("where %s leads", path).isEqualTo(url("/login"));
            assertThat(browser.findElements(By.id("username"))).as("sign-in form for %s", path).hasSize(1);
            assertThat(browser.getPageSource()).as("%s shows nothing of the newsroom", path)
                    .doesNotContain("Signed in as", "Comments (");
        }
    }

    private List<String> statusOf(String title) {
        return jdbc.sql("SELECT status FROM article WHERE title = :title").param("title", title).query(String.class).list();
    }

    private void signIn(String email) {
        SignInForm.signIn(browser, url("/newsroom/"), email, PASSWORD);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
