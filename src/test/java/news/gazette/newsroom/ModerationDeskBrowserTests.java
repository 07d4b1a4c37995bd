package news.gazette.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
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
import news.gazette.comments.CommentSubmission;
import news.gazette.comments.Comments;
import news.gazette.comments.PostOutcome;
import news.gazette.publishing.Publishing;

/**
 * A moderator in a real chromium: signs in, opens the pending comments, approves one by click and one by key; corrects
 * a comment on its own page.
 */
@ExtendWith(BrowserPerClass.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gazette.comments.minimum-fill-time=0s", "gazette.comments.flood=0s"})
class ModerationDeskBrowserTests {

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        String dataDir = TestDataDirectory.create("moderation-desk-browser").toString();
        registry.add("gazette.data-dir", () -> dataDir);
    }

    @BrowserPerClass.Open
    static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    Comments comments;

    @Autowired
    Publishing publishing;

    /** Each test signs in as someone of its own. */
    @BeforeEach
    void signedOut() {
        browser.get(url("/login"));
        browser.manage().deleteAllCookies();
    }

    @Test
    void aModeratorApprovesHeldCommentsByClickAndByKeyAndReadersThenSeeThem() {
        accounts.create("desk@example.com", "Desk Editor", "a long enough password", Role.MODERATOR, null);
        long clicked = postAsReader("The bridge will change everything.", "Rosa", "rosa@example.com", "198.51.100.40");
        long keyed = postAsReader("I will miss the ferry.", "Sol", "sol@example.com", "198.51.100.41");
        var wait = new WebDriverWait(browser, Duration.ofSeconds(10));

        SignInForm.signIn(browser, url("/newsroom/"), "desk@example.com", "a long enough password");
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Comments (2 pending)"))).click();

        wait.until(ExpectedConditions.titleContains("Pending comments"));
        assertThat(browser.findElement(By.cssSelector("#comment-" + clicked + " .desk-facts")).getText())
                .contains("rosa@example.com", "198.51.100.40", "First comment from this email address");
        assertThat(browser.findElement(By.cssSelector(".desk-shortcuts")).isDisplayed()).as("the script shows its keys").isTrue();
        Browser.screenshot(browser, "moderation-desk-pending");

        browser.findElement(By.cssSelector("#comment-" + clicked + " button[value=approve]")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("[role=status]"), "1 comment approved."));
        assertThat(browser.findElements(By.id("comment-" + clicked))).isEmpty();

        new Actions(browser).sendKeys("j").perform();
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("comment-" + keyed);
        new Actions(browser).sendKeys("a").perform();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("comment-" + keyed)));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("1 comment approved.");
        assertThat(browser.findElement(By.cssSelector("nav[aria-label=Newsroom] a[aria-current=page]")).getText())
                .isEqualTo("Comments (0 pending)");
        Browser.screenshot(browser, "moderation-desk-approved");

        browser.get(url(ModerationDeskTests.ARTICLE));
        assertThat(browser.findElement(By.cssSelector("#comment-" + clicked + " .comment-content")).getText())
                .isEqualTo("The bridge will change everything.");
        assertThat(browser.findElement(By.cssSelector("#comment-" + keyed + " .comment-content")).getText())
                .isEqualTo("I will miss the ferry.");
        Browser.screenshot(browser, "moderation-desk-article");
    }

    @Test
    void aModeratorCorrectsACommentOnItsOwnPageFixingWhatTheFormRefusesAndSeesItInTheHistory() {
        accounts.create("corrector@example.com", "Cora Rector", "a long enough password", Role.EDITOR, null);
        long id = postAsReader("The ferry leaves at 6 pm.", "Tia", "tia@example.com", "198.51.100.43");
        var wait = new WebDriverWait(browser, Duration.ofSeconds(10));

        SignInForm.signIn(browser, url("/newsroom/comments/"), "corrector@example.com", "a long enough password");
        wait.until(ExpectedConditions.titleContains("Pending comments"));

        new Actions(browser).sendKeys("j").perform();
        assertThat(browser.switchTo().activeElement().getAttribute("id")).as("the only pending comment")
                .isEqualTo("comment-" + id);
        new Actions(browser).sendKeys("e").perform();
        wait.until(ExpectedConditions.titleContains("Edit the comment by Tia"));
        var name = browser.findElement(By.id("author"));
        name.clear();
        var text = browser.findElement(By.id("comment"));
        text.clear();
        text.sendKeys("The ferry leaves at 6 am.");
        browser.findElement(By.cssSelector("form.comment-edit button[type=submit]")).click();

        wait.until(ExpectedConditions.titleContains("Error: "));
        assertThat(browser.switchTo().activeElement().getAttribute("class")).as("the summary takes the focus")
                .contains("error-summary");
        assertThat(browser.findElement(By.cssSelector(".error-summary")).getText())
                .contains("Enter the name of the comment's author.");
        assertThat(browser.findElement(By.id("comment")).getDomProperty("value")).isEqualTo("The ferry leaves at 6 am.");
        Browser.screenshot(browser, "comment-edit-errors");
        assertThat(browser.findElement(By.cssSelector(".error-summary a")).getAttribute("href")).endsWith("#author");
        browser.findElement(By.id("author")).sendKeys("Tia M.");
        browser.findElement(By.cssSelector("form.comment-edit button[type=submit]")).click();

        wait.until(ExpectedConditions.textToBe(By.cssSelector("[role=status]"), "Comment saved."));
        assertThat(browser.findElement(By.cssSelector("#comment-" + id + " h2")).getText()).startsWith("Tia M. on");
        assertThat(browser.findElement(By.cssSelector("#comment-" + id + " .desk-text")).getText())
                .isEqualTo("The ferry leaves at 6 am.");

        browser.findElement(By.cssSelector("#comment-" + id + " .desk-links a[href$='#history']")).click();
        wait.until(ExpectedConditions.titleContains("Edit the comment by Tia M."));
        assertThat(browser.findElement(By.cssSelector("#history ~ table tbody tr:last-child")).getText())
                .contains("Cora Rector (corrector@example.com)", "Edited", "Changed the name, the text");
        Browser.screenshot(browser, "comment-edit-history");

        browser.navigate().back();
        wait.until(ExpectedConditions.titleContains("Pending comments"));
        browser.findElement(By.cssSelector("#comment-" + id + " button[value=approve]")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("[role=status]"), "1 comment approved."));
    }

    /** What the public form does with a reader's comment, without the form: held, being each one's first. */
    private long postAsReader(String text, String name, String email, String ip) {
        long article = publishing.findPublicArticle("senora-nunez-and-the-last-ferry-to-isla-grande").orElseThrow().id();
        var outcome = comments.post(new CommentSubmission(article, null, text, name, email, "", false, "",
                comments.formToken(article), ip, "Mozilla/5.0"));
        var comment = ((PostOutcome.Accepted) outcome).comment();
        assertThat(comment.isAwaitingModeration()).isTrue();
        return comment.id();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
