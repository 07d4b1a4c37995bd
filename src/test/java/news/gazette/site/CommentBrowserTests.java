package news.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import news.gazette.platform.Permalinks;
import news.gazette.Browser;
import news.gazette.BrowserPerClass;
import news.gazette.MutableClock;
import news.gazette.TestClockConfiguration;
import news.gazette.TestDataDirectory;
import news.gazette.comments.CommentModeration;
import news.gazette.publishing.ArticleStatus;
import news.gazette.publishing.NewArticle;
import news.gazette.publishing.Publishing;

/**
 * Readers commenting in a real chromium, with JavaScript and without: posting, waiting for moderation, replying,
 * fixing what the form says is wrong, and being remembered. Each test comments on an article of its own. The clock
 * stands still unless a test moves it, and a reader takes a minute to write, so the form's minimum fill time and
 * the flood rule pass as they would for a person.
 */
@ExtendWith(BrowserPerClass.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClockConfiguration.class)
class CommentBrowserTests {

    private static final String AWAITING = "Your comment is awaiting moderation.";

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        String dataDir = TestDataDirectory.create("comment-browser").toString();
        registry.add("gazette.data-dir", () -> dataDir);
        // every reader here posts from 127.0.0.1; the hourly allowance would depend on how many tests ran before
        registry.add("gazette.comments.per-ip-per-hour", () -> "0");
    }

    @BrowserPerClass.Open
    static WebDriver withScript;

    @BrowserPerClass.Open(javaScript = false)
    static WebDriver withoutScript;

    @LocalServerPort
    int port;

    @Autowired
    Publishing publishing;

    @Autowired
    Permalinks permalinks;

    @Autowired
    CommentModeration moderation;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void forgetEveryReader() {
        for (WebDriver browser : new WebDriver[] {withScript, withoutScript}) {
            browser.get(url("/"));
            browser.manage().deleteAllCookies();
        }
    }

    @Test
    void postsACommentWithoutJavaScriptAndSeesItAwaitingModeration() {
        String article = anArticle("Harbour master retires after forty years");
        withoutScript.get(url(article));
        fill(withoutScript, "Congratulations to her.\nThe harbour will miss her.", "Ana Ruiz", "ana@example.com",
                "https://ana.example.com/");

        aMinuteToWrite();
        sendAndWaitForTheNextPage(withoutScript);

        String landed = withoutScript.getCurrentUrl();
        assertThat(landed).startsWith(url(article) + "?unapproved=").containsPattern("&moderation-hash=[^&#]+#comment-\\d+$");
        String anchor = landed.substring(landed.indexOf('#') + 1);
        assertThat(landed).contains("?unapproved=" + anchor.substring("comment-".length()) + "&");
        var comment = withoutScript.findElement(By.id(anchor));
        assertThat(comment.findElement(By.cssSelector(".fn")).getText()).isEqualTo("Ana Ruiz");
        assertThat(comment.findElement(By.cssSelector(".fn")).getAttribute("href")).isEqualTo("https://ana.example.com/");
        assertThat(comment.findElement(By.cssSelector(".comment-content")).getText())
                .isEqualTo("Congratulations to her.\nThe harbour will miss her.");
        assertThat(comment.findElement(By.cssSelector(".moderation-notice")).getText()).isEqualTo(AWAITING);
        assertThat(comment.findElements(By.cssSelector(".comment-reply-link"))).as("no replies to a held comment").isEmpty();
        assertThat(commentsTitle(withoutScript)).isEqualTo("Comments (0)");
        assertThat(withoutScript.findElement(By.id("comment")).getDomProperty("value")).isEmpty();
        Browser.screenshot(withoutScript, "comment-awaiting-moderation-without-javascript");
    }

    @Test
    void postsACommentWithJavaScriptInPlace() {
        String article = anArticle("Night trains return to the coast line");
        withScript.get(url(article));
        js(withScript).executeScript("window.__stay = 1;");
        fill(withScript, "About time. I took the last one in 2009.", "Bo Lindqvist", "bo@example.com", "");

        aMinuteToWrite();
        withScript.findElement(By.id("submit")).click();

        var comment = waitFor(withScript).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#comments li.comment")));
        assertThat(js(withScript).executeScript("return window.__stay;")).as("the page was not reloaded").isEqualTo(1L);
        String id = comment.getAttribute("id");
        assertThat(comment.findElement(By.cssSelector(".fn")).getText()).isEqualTo("Bo Lindqvist");
        assertThat(comment.findElement(By.cssSelector(".comment-content")).getText())
                .isEqualTo("About time. I took the last one in 2009.");
        assertThat(comment.findElement(By.cssSelector(".moderation-notice")).getText()).isEqualTo(AWAITING);
        assertThat(withScript.switchTo().activeElement().getAttribute("id")).as("focus moves to the new comment").isEqualTo(id);
        assertThat(withScript.getCurrentUrl()).startsWith(url(article) + "?unapproved=" + id.substring("comment-".length()) + "&");
        assertThat(commentsTitle(withScript)).isEqualTo("Comments (0)");
        assertThat(withScript.findElement(By.id("comment")).getDomProperty("value")).isEmpty();
        assertThat(withScript.findElement(By.id("submit")).isEnabled()).isTrue();
        Browser.screenshot(withScript, "comment-posted-in-place-with-javascript");
    }

    @Test
    void anotherReaderDoesNotSeeTheCommentAwaitingModeration() {
        String article = anArticle("Library extends its opening hours");
        WebDriver otherReader = Browser.open();
        try {
            otherReader.get(url(article));
            assertThat(commentsTitle(otherReader)).isEqualTo("Comments (0)");

            withoutScript.get(url(article));
            fill(withoutScript, "Finally open on Sundays.", "Chidi Okeke", "chidi@example.com", "");
            aMinuteToWrite();
            sendAndWaitForTheNextPage(withoutScript);
            String landed = withoutScript.getCurrentUrl();
            String anchor = landed.substring(landed.indexOf('#') + 1);
            assertThat(withoutScript.findElement(By.id(anchor)).getText()).contains(AWAITING);

            otherReader.navigate().refresh();
            assertThat(otherReader.findElements(By.id(anchor))).isEmpty();
            assertThat(otherReader.findElements(By.cssSelector("li.comment"))).isEmpty();
            assertThat(otherReader.getPageSource()).doesNotContain("Finally open on Sundays.");
            assertThat(commentsTitle(otherReader)).isEqualTo("Comments (0)");
            withoutScript.get(url(article));
            assertThat(withoutScript.findElements(By.id(anchor))).as("nor its author, without the link or a cookie").isEmpty();

            moderation.approve(commentId(anchor), "editor");

            otherReader.navigate().refresh();
            assertThat(otherReader.findElement(By.id(anchor)).findElement(By.cssSelector(".comment-content")).getText())
                    .isEqualTo("Finally open on Sundays.");
            assertThat(otherReader.findElements(By.cssSelector(".moderation-notice"))).isEmpty();
            assertThat(commentsTitle(otherReader)).isEqualTo("Comments (1)");
        } finally {
            otherReader.quit();
        }
    }

    @Test
    void repliesInAThreadAfterApproval() {
        String article = anArticle("Town votes to keep the old bridge");
        withScript.get(url(article));
        fill(withScript, "The bridge is older than the town hall.", "Dana Novak", "dana@example.com", "");
        aMinuteToWrite();
        withScript.findElement(By.id("submit")).click();
        String parent = waitFor(withScript)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#comments li.comment"))).getAttribute("id");
        moderation.approve(commentId(parent), "editor");

        withScript.get(url(article));
        assertThat(withScript.findElements(By.cssSelector("#" + parent + " .moderation-notice"))).isEmpty();
        withScript.findElement(By.cssSelector("#" + parent + " .comment-reply-link")).click();

        assertThat(withScript.findElements(By.cssSelector("#" + parent + " > #respond"))).as("the form moved under the comment").hasSize(1);
        assertThat(withScript.findElement(By.id("comment_parent")).getDomProperty("value")).isEqualTo(commentId(parent) + "");
        assertThat(withScript.findElement(By.id("reply-title")).getText()).isEqualTo("Leave a Reply to Dana Novak Cancel reply");
        assertThat(withScript.switchTo().activeElement().getAttribute("id")).isEqualTo("comment");
        fill(withScript, "And it has survived three floods.", "Emil Horvat", "emil@example.com", "");
        aMinuteToWrite();
        withScript.findElement(By.id("submit")).click();

        var reply = waitFor(withScript).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#" + parent + " > ol.children > li.comment")));
        String replyId = reply.getAttribute("id");
        assertThat(reply.findElement(By.cssSelector(".moderation-notice")).getText()).isEqualTo(AWAITING);
        moderation.approve(commentId(replyId), "editor");

        withScript.get(url(article));
        var threaded = withScript.findElement(By.cssSelector("#" + parent + " > ol.children > li#" + replyId));
        assertThat(threaded.getAttribute("class")).contains("depth-2");
        assertThat(threaded.findElement(By.cssSelector(".fn")).getText()).isEqualTo("Emil Horvat");
        assertThat(threaded.findElement(By.cssSelector(".comment-content")).getText()).isEqualTo("And it has survived three floods.");
        assertThat(withScript.findElements(By.cssSelector(".moderation-notice"))).isEmpty();
        assertThat(withScript.findElements(By.cssSelector(".comment-list > li.comment"))).hasSize(1);
        assertThat(commentsTitle(withScript)).isEqualTo("Comments (2)");
        js(withScript).executeScript("document.getElementById(arguments[0]).scrollIntoView();", parent);
        Browser.screenshot(withScript, "reply-in-a-thread");
    }

    record BadField(String field, String comment, String author, String email, String url, String message) {

        @Override
        public String toString() {
            return field + " " + message;
        }
    }

    static Stream<BadField> badFields() {
        String comment = "Two lines,\nwith <b>markup</b> & \"quotes\" kept as typed.";
        return Stream.of(
                new BadField("comment", "", "Ana Ruiz", "ana@example.com", "https://ana.example.com/",
                        "Please type your comment."),
                new BadField("author", comment, "", "ana@example.com", "https://ana.example.com/",
                        "Please enter your name."),
                new BadField("email", comment, "Ana <Ruiz>", "ana(at)example.com", "https://ana.example.com/",
                        "Please enter a valid email address, like name@example.com."),
                new BadField("url", comment, "Ana Ruiz", "ana@example.com", "javascript:alert(1)",
                        "Please enter a website address that starts with http:// or https://, or leave it empty."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFields")
    void showsEachFieldsErrorNextToItAndKeepsTheText(BadField bad) {
        String article = anArticle("Ferry timetable changes for the winter " + bad.field());
        withoutScript.get(url(article));
        fill(withoutScript, bad.comment(), bad.author(), bad.email(), bad.url());

        aMinuteToWrite();
        sendAndWaitForTheNextPage(withoutScript);

        assertThat(withoutScript.getCurrentUrl()).isEqualTo(url("/comments"));
        assertErrorNextToField(withoutScript, bad.field(), bad.message());
        assertThat(withoutScript.findElements(By.cssSelector(".error-message"))).hasSize(1);
        assertThat(withoutScript.findElements(By.cssSelector(".error-summary li"))).hasSize(1);
        assertKept(withoutScript, bad.comment(), bad.author(), bad.email(), bad.url());
        assertThat(withoutScript.findElements(By.cssSelector("li.comment"))).isEmpty();
        Browser.screenshot(withoutScript, "field-error-" + bad.field() + "-without-javascript");
    }

    @Test
    void showsFieldErrorsInPlaceWithJavaScriptAndKeepsTheText() {
        String article = anArticle("Council publishes the harbour budget");
        withScript.get(url(article));
        js(withScript).executeScript("window.__stay = 1;");
        fill(withScript, "", "", "fay@example.com", "");
        String longComment = "The budget, line by line. ".repeat(2_600).substring(0, 65_526);
        String longName = "Fay ".repeat(62).substring(0, 246);
        // past the fields' maxlength, which only the server checks
        js(withScript).executeScript("document.getElementById('comment').value = arguments[0];"
                + "document.getElementById('author').value = arguments[1];", longComment, longName);

        aMinuteToWrite();
        withScript.findElement(By.id("submit")).click();

        var summary = waitFor(withScript).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
        assertThat(js(withScript).executeScript("return window.__stay;")).as("the page was not reloaded").isEqualTo(1L);
        assertThat(withScript.switchTo().activeElement()).isEqualTo(summary);
        assertErrorNextToField(withScript, "comment",
                "Your comment is too long: it has 65,526 characters and may have 65,525 at most.");
        assertErrorNextToField(withScript, "author", "Your name is too long: 245 characters at most.");
        assertThat(withScript.findElements(By.cssSelector(".error-message"))).hasSize(2);
        assertKept(withScript, longComment, longName, "fay@example.com", "");
        assertThat(withScript.findElements(By.cssSelector("li.comment"))).isEmpty();
        Browser.screenshot(withScript, "field-errors-in-place-with-javascript");
    }

    @Test
    void rememberMeFillsTheFormNextTime() {
        String article = anArticle("Fishing quotas set for next year");
        withoutScript.get(url(article));
        assertThat(withoutScript.findElement(By.id("remember")).isSelected()).isFalse();
        fill(withoutScript, "The quotas are too low.", "Gita Rao", "gita@example.com", "https://gita.example.com/");
        withoutScript.findElement(By.id("remember")).click();
        aMinuteToWrite();
        sendAndWaitForTheNextPage(withoutScript);

        withoutScript.get(url(article));
        assertKept(withoutScript, "", "Gita Rao", "gita@example.com", "https://gita.example.com/");
        assertThat(withoutScript.findElement(By.id("remember")).isSelected()).isTrue();
        Browser.screenshot(withoutScript, "remembered-commenter");

        fill(withoutScript, "On second thoughts, forget me.", "Gita Rao", "gita@example.com", "https://gita.example.com/");
        withoutScript.findElement(By.id("remember")).click();
        aMinuteToWrite();
        sendAndWaitForTheNextPage(withoutScript);

        withoutScript.get(url(article));
        assertKept(withoutScript, "", "", "", "");
        assertThat(withoutScript.findElement(By.id("remember")).isSelected()).isFalse();
    }

    @Test
    void aRememberedReaderSeesHerCommentAwaitingModerationOnThePlainPage() {
        String article = anArticle("Lighthouse keeper's cottage up for sale");
        withoutScript.get(url(article));
        fill(withoutScript, "I grew up two doors down.", "Hana Sato", "Hana.Sato@Example.com", "");
        withoutScript.findElement(By.id("remember")).click();
        aMinuteToWrite();
        sendAndWaitForTheNextPage(withoutScript);
        String landed = withoutScript.getCurrentUrl();
        String anchor = landed.substring(landed.indexOf('#') + 1);

        withoutScript.get(url(article));

        assertThat(withoutScript.findElement(By.id(anchor)).findElement(By.cssSelector(".moderation-notice")).getText())
                .isEqualTo(AWAITING);
        assertKept(withoutScript, "", "Hana Sato", "Hana.Sato@Example.com", "");
    }

    private String anArticle(String title) {
        var author = publishing.author("marta-velasco").orElseThrow();
        var article = publishing.file(new NewArticle(title, "Reported this morning.", "", ArticleStatus.PUBLISHED,
                clock.instant().minus(Duration.ofHours(2)), author.id(), publishing.categories().getFirst().id(),
                List.of(), true));
        return permalinks.article(article.publishedAt(), article.slug());
    }

    private static void sendAndWaitForTheNextPage(WebDriver browser) {
        var page = browser.findElement(By.tagName("html"));
        browser.findElement(By.id("submit")).click();
        // while the old page goes, chromedriver may say so in words other than "stale"
        waitFor(browser).ignoring(WebDriverException.class).until(ExpectedConditions.stalenessOf(page));
    }

    private void aMinuteToWrite() {
        clock.advance(Duration.ofMinutes(1));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static long commentId(String anchor) {
        return Long.parseLong(anchor.substring("comment-".length()));
    }

    private static void fill(WebDriver browser, String comment, String author, String email, String website) {
        type(browser.findElement(By.id("comment")), comment);
        type(browser.findElement(By.id("author")), author);
        type(browser.findElement(By.id("email")), email);
        type(browser.findElement(By.id("url")), website);
    }

    private static void type(WebElement field, String text) {
        field.clear();
        if (!text.isEmpty()) {
            field.sendKeys(text);
        }
    }

    private static void assertErrorNextToField(WebDriver browser, String field, String message) {
        var input = browser.findElement(By.id(field));
        var paragraph = input.findElement(By.xpath(".."));
        assertThat(paragraph.getAttribute("class")).contains("field-error");
        var error = paragraph.findElement(By.id(field + "-error"));
        assertThat(normalised(error.getDomProperty("textContent"))).isEqualTo("Error: " + message);
        assertThat(input.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(input.getAttribute("aria-describedby")).contains(field + "-error");
        var link = browser.findElement(By.cssSelector(".error-summary a[href='#" + field + "']"));
        assertThat(link.getText()).isEqualTo(message);
    }

    private static void assertKept(WebDriver browser, String comment, String author, String email, String website) {
        assertThat(browser.findElement(By.id("comment")).getDomProperty("value")).isEqualTo(comment);
        assertThat(browser.findElement(By.id("author")).getDomProperty("value")).isEqualTo(author);
        assertThat(browser.findElement(By.id("email")).getDomProperty("value")).isEqualTo(email);
        assertThat(browser.findElement(By.id("url")).getDomProperty("value")).isEqualTo(website);
    }

    private static String commentsTitle(WebDriver browser) {
        return browser.findElement(By.id("comments-title")).getText();
    }

    private static String normalised(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static JavascriptExecutor js(WebDriver browser) {
        return (JavascriptExecutor) browser;
    }

    private static WebDriverWait waitFor(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }
}
