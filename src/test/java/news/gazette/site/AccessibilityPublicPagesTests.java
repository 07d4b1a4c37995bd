package news.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import news.gazette.AccessibilityCheck;
import news.gazette.BrowserPerClass;
import news.gazette.TestDataDirectory;
import news.gazette.comments.CommentModeration;
import news.gazette.comments.CommentSubmission;
import news.gazette.comments.Comments;
import news.gazette.comments.PostOutcome;
import news.gazette.publishing.Publishing;

/**
 * Every kind of public page, in a real chromium, checked by axe-core: no serious or critical violations of WCAG 2.1
 * A and AA or of axe's best practices. The seed article gets a thread of approved comments, replies and all, spread
 * over two comment pages; the front page and archives get pages of three articles so their pagination shows.
 */
@ExtendWith(BrowserPerClass.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gazette.comments.minimum-fill-time=0s", "gazette.comments.flood=0s", "gazette.comments.per-ip-per-hour=0",
        "gazette.comments.per-page=3", "gazette.site.articles-per-page=3"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityPublicPagesTests {

    private static final String SLUG = "arrest-of-former-kazakhstan-spy-chief-uncovers-internal-power-struggles";

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        String dataDir = TestDataDirectory.create("accessibility-public").toString();
        registry.add("gazette.data-dir", () -> dataDir);
    }

    @BrowserPerClass.Open
    static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    Comments comments;

    @Autowired
    CommentModeration moderation;

    @Autowired
    Publishing publishing;

    @Autowired
    news.gazette.media.Media media;

    @Autowired
    news.gazette.media.MediaEditing mediaEditing;

    @Autowired
    news.gazette.platform.Permalinks permalinks;

    long article;

    @BeforeAll
    void writeAThread() {
        article = publishing.findPublicArticle(SLUG).orElseThrow().id();
        long first = approved(null, "Who will lead the committee now?", "Aigerim", "aigerim@example.com", "");
        long reply = approved(first, "Nobody knows yet.\nThe papers say a general.", "Timur", "timur@example.com",
                "https://timur.example.com/");
        approved(reply, "See https://example.org/report for the whole story.", "Aigerim", "aigerim@example.com", "");
        approved(null, "The airport story is the one to watch.", "Dana", "dana@example.com", "");
        approved(null, "Thank you for the clear explanation.", "Oleg", "oleg@example.com", "");
        approved(null, "A fourth thread, so the comments take two pages.", "Saule", "saule@example.com", "");
    }

    @BeforeEach
    void axeIsInstalled() {
        AccessibilityCheck.requireAxe(); // each test says why it is skipped
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "front page, /",
            "front page 2, /page/2/",
            "article, /2022/01/22/" + SLUG + "/",
            "article comment page 2, /2022/01/22/" + SLUG + "/comment-page-2/",
            "category, /category/world/",
            "tag, /tag/trade/",
            "author, /author/daniel-okafor/",
            "year archive, /2022/",
            "month archive, /2022/01/",
            "day archive, /2022/01/22/",
            "empty archive, /2019/",
            "page not found, /no-such-page/",
            "unsubscribe, /comments/unsubscribe/not-a-real-token/"})
    void publicPageHasNoSeriousViolations(String name, String path) {
        browser.get(url(path));
        AccessibilityCheck.assertAccessible(browser, name);
    }

    @Test
    void articleWithTheCommentFormShowingItsErrors() {
        browser.get(url("/2022/01/22/" + SLUG + "/"));
        // the plain form post a reader without JavaScript makes, sent empty
        ((JavascriptExecutor) browser).executeScript("HTMLFormElement.prototype.submit.call(document.getElementById('commentform'));");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#commentform .error-summary")));
        assertThat(browser.findElements(By.cssSelector(".error-message"))).hasSizeGreaterThanOrEqualTo(3);
        AccessibilityCheck.assertAccessible(browser, "article with comment form errors");
    }

    @Test
    void articleWithTheReplyFormOpenUnderAComment() {
        browser.get(url("/2022/01/22/" + SLUG + "/"));
        browser.findElement(By.cssSelector(".comment-reply-link")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("cancel-comment-reply-link")));
        AccessibilityCheck.assertAccessible(browser, "article with the reply form open");
    }

    @Test
    void articleShowingItsAuthorACommentAwaitingModeration() {
        var outcome = comments.post(new CommentSubmission(article, null, "Is this confirmed?", "Nurlan",
                "nurlan@example.com", "", false, "", comments.formToken(article), "198.51.100.9", "Mozilla/5.0"));
        var held = ((PostOutcome.Accepted) outcome).comment();
        assertThat(held.isAwaitingModeration()).isTrue();
        // the fifth thread, on the second page of three threads each
        browser.get(url("/2022/01/22/" + SLUG + "/comment-page-2/?unapproved=" + held.id() + "&moderation-hash="
                + comments.moderationHash(held.id()) + "#comment-" + held.id()));
        assertThat(browser.findElement(By.cssSelector("#comment-" + held.id() + " .moderation-notice")).getText())
                .isEqualTo("Your comment is awaiting moderation.");
        AccessibilityCheck.assertAccessible(browser, "article with a comment awaiting moderation");
    }

    @Test
    void articleAndFrontPageWithAFeaturedImage() {
        var image = media.upload(news.gazette.media.TestImages.jpeg(1200, 700), "The steppe at sunset", "desk@example.com")
                .stored();
        mediaEditing.describe(new news.gazette.media.Uploader("desk@example.com", true), image.id(), image.alt(),
                "Photo: the desk");
        var seed = publishing.findPublicArticle(article).orElseThrow();
        var filed = publishing.file(new news.gazette.publishing.NewArticle("Pictures from the steppe", "Text.", "",
                news.gazette.publishing.ArticleStatus.PUBLISHED, java.time.Instant.now().minusSeconds(60),
                seed.author().id(), seed.category().id(), java.util.List.of(), true, image.id()));
        browser.get(url(permalinks.article(filed.publishedAt(), filed.slug())));
        assertThat(browser.findElement(By.cssSelector("figure.featured-image figcaption")).getText())
                .isEqualTo("Photo: the desk");
        AccessibilityCheck.assertAccessible(browser, "article with a featured image");
        browser.get(url("/"));
        assertThat(browser.findElements(By.cssSelector(".card-image"))).isNotEmpty();
        AccessibilityCheck.assertAccessible(browser, "front page with a featured image");
    }

    private long approved(Long parent, String text, String name, String email, String website) {
        var outcome = comments.post(new CommentSubmission(article, parent, text, name, email, website, false, "",
                comments.formToken(article), "198.51.100.7", "Mozilla/5.0"));
        long id = ((PostOutcome.Accepted) outcome).comment().id();
        moderation.approve(id, "Desk");
        return id;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
