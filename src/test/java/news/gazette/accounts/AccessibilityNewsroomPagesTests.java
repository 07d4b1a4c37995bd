package news.gazette.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
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
 * The sign-in pages and every page of the newsroom, in a real chromium, checked by axe-core: no serious or critical
 * violations of WCAG 2.1 A and AA or of axe's best practices, with and without errors shown. The moderation desk
 * has comments in each of its queues, one of them a reply; an image is uploaded through the media library's form,
 * and another, the featured image of a draft, is in the library before any page is checked.
 */
@ExtendWith(BrowserPerClass.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gazette.comments.minimum-fill-time=0s", "gazette.comments.flood=0s", "gazette.comments.per-ip-per-hour=0"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityNewsroomPagesTests {

    private static final String EDITOR = "ines@news.example.com";
    private static final String TWO_FACTOR = "omar@news.example.com";
    private static final String ADMIN = "ada@news.example.com";
    private static final String PASSWORD = "correct horse battery staple";

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        String dataDir = TestDataDirectory.create("accessibility-newsroom").toString();
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
    CommentModeration moderation;

    @Autowired
    Publishing publishing;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    news.gazette.media.Media media;

    long featuredImage;

    @BeforeAll
    void fillTheDesk() {
        accounts.create(EDITOR, "Inés Ortega", PASSWORD, Role.EDITOR, null);
        accounts.create(TWO_FACTOR, "Omar Haddad", PASSWORD, Role.MODERATOR, null);
        accounts.create(ADMIN, "Ada Lind", PASSWORD, Role.ADMINISTRATOR, null);
        long article = publishing.findPublicArticle("senora-nunez-and-the-last-ferry-to-isla-grande").orElseThrow().id();
        long first = post(article, null, "The bridge will change everything.", "Rosa", "rosa@example.com", "198.51.100.40");
        moderation.approve(first, "Desk");
        post(article, first, "Not everything: the island will still be an island.", "Sol", "sol@example.com", "198.51.100.41");
        post(article, null, "I will miss the ferry.\nThirty-one years!", "Lucía", "lucia@example.com", "198.51.100.42");
        moderation.markSpam(post(article, null, "Cheap pills at https://pills.example/ now", "Pills", "spam@example.com",
                "203.0.113.5"), "Desk");
        moderation.trash(post(article, null, "First!", "Troll", "troll@example.com", "203.0.113.6"), "Desk");
        featuredImage = media.upload(news.gazette.media.TestImages.jpeg(800, 500), "Passengers on the ferry's upper deck",
                EDITOR).stored().id();
        var seed = publishing.findPublicArticle(article).orElseThrow();
        publishing.file(new news.gazette.publishing.NewArticle("The ferry in pictures", "Text.", "",
                news.gazette.publishing.ArticleStatus.DRAFT, null, seed.author().id(), seed.category().id(),
                java.util.List.of(), true, featuredImage));
    }

    @BeforeEach
    void signedOut() {
        AccessibilityCheck.requireAxe(); // each test says why it is skipped
        browser.get(url("/login"));
        browser.manage().deleteAllCookies();
    }

    @Test
    void signInPages() {
        browser.get(url("/login"));
        check("sign-in");

        submit();
        waitFor(By.cssSelector(".error-summary"));
        check("sign-in with empty fields");

        browser.findElement(By.id("username")).sendKeys(EDITOR);
        browser.findElement(By.id("password")).sendKeys("not the password at all");
        submit();
        waitFor(By.cssSelector(".error-summary"));
        assertThat(browser.findElement(By.cssSelector(".error-summary")).getText()).contains("incorrect");
        check("sign-in with a wrong password");

        browser.get(url("/login/forgot"));
        check("forgot password");
        submit();
        waitFor(By.cssSelector(".error-summary"));
        check("forgot password with an empty field");
        browser.findElement(By.id("email")).sendKeys(EDITOR);
        submit();
        waitFor(By.cssSelector(".notice"));
        check("forgot password, link sent");

        String body = jdbc.sql("SELECT body FROM mail_outbox WHERE recipient = ? ORDER BY id DESC").param(EDITOR)
                .query(String.class).list().getFirst();
        var link = Pattern.compile("/login/reset/[A-Za-z0-9_-]+").matcher(body);
        assertThat(link.find()).as("a reset link in %s", body).isTrue();
        browser.get(url(link.group()));
        check("choose a new password");
        submit();
        waitFor(By.cssSelector(".error-summary"));
        check("choose a new password with an empty field");

        browser.get(url("/login/reset/no-such-token"));
        check("password reset link that does not work");
    }

    @Test
    void newsroomHomeAndAccountPages() {
        signIn(EDITOR);
        check("newsroom home");

        clickAndWaitForTheNextPage(By.linkText("Your account"));
        waitFor(By.id("password-title"));
        check("your account");
        clickAndWaitForTheNextPage(By.cssSelector("form[action='/newsroom/account/password'] button"));
        waitFor(By.cssSelector(".error-summary"));
        check("your account with password errors");

        browser.get(url("/newsroom/account/two-factor"));
        check("two-factor setup");
        clickAndWaitForTheNextPage(By.cssSelector("form[action='/newsroom/account/two-factor'] button"));
        waitFor(By.cssSelector(".error-summary"));
        check("two-factor setup with errors");
    }

    @Test
    void articlePages() {
        signIn(EDITOR);
        browser.get(url("/newsroom/articles/"));
        check("article list");
        browser.get(url("/newsroom/articles/new"));
        check("new article");
        browser.findElement(By.id("body")).sendKeys("A **bold** start.\n\n## A subheading\n\n> A quote.");
        clickAndWaitForTheNextPage(By.cssSelector("button[value=preview]"));
        waitFor(By.id("preview-title"));
        check("new article with its preview");
        clickAndWaitForTheNextPage(By.cssSelector("button[value=save]"));
        waitFor(By.cssSelector(".error-summary"));
        check("new article with errors");
        browser.get(url("/newsroom/articles/new"));
        ((JavascriptExecutor) browser).executeScript(
                "var none = document.getElementById('featuredImageId'); none.value = '999999'; none.checked = true;");
        clickAndWaitForTheNextPage(By.cssSelector("button[value=save]"));
        waitFor(By.id("featuredImageId-error"));
        check("new article with a featured image not in the library");

        long article = publishing.findPublicArticle("senora-nunez-and-the-last-ferry-to-isla-grande").orElseThrow().id();
        browser.get(url("/newsroom/articles/" + article + "/edit"));
        check("editing a published article");
        clickAndWaitForTheNextPage(By.cssSelector("button[value=save]"));
        browser.get(url("/newsroom/articles/" + article + "/revisions"));
        check("revisions of an article");
    }

    @Test
    void categoryTagAndAuthorPages() {
        signIn(EDITOR);
        clickAndWaitForTheNextPage(By.linkText("Categories"));
        waitFor(By.cssSelector(".term-table"));
        check("categories");
        browser.get(url("/newsroom/categories/new"));
        check("new category");
        submit();
        waitFor(By.cssSelector(".error-summary"));
        check("new category with errors");
        long category = publishing.findPublicArticle("senora-nunez-and-the-last-ferry-to-isla-grande").orElseThrow()
                .category().id();
        browser.get(url("/newsroom/categories/" + category + "/edit"));
        check("editing a category");
        clickAndWaitForTheNextPage(By.cssSelector("form[action$='/delete'] button"));
        waitFor(By.cssSelector(".error-summary"));
        check("a category that cannot be deleted");

        browser.get(url("/newsroom/tags/"));
        check("tags");
        browser.findElement(By.cssSelector(".term-table tbody a")).click();
        waitFor(By.id("merge-title"));
        check("editing a tag");
        clickAndWaitForTheNextPage(By.cssSelector("form[action$='/merge'] button"));
        waitFor(By.cssSelector(".error-summary"));
        check("merging a tag into nothing");

        browser.get(url("/newsroom/authors/"));
        check("authors");
        browser.get(url("/newsroom/authors/new"));
        check("new author profile");
        submit();
        waitFor(By.cssSelector(".error-summary"));
        check("new author profile with errors");
    }

    @Test
    void mediaLibrary() throws Exception {
        signIn(EDITOR);
        clickAndWaitForTheNextPage(By.linkText("Media"));
        waitFor(By.id("file"));
        check("media library");
        submit();
        waitFor(By.cssSelector(".error-summary"));
        check("media library with upload errors");

        var image = java.nio.file.Files.createTempFile("harbour-", ".png");
        java.nio.file.Files.write(image, news.gazette.media.TestImages.png(900, 400));
        browser.findElement(By.id("file")).sendKeys(image.toAbsolutePath().toString());
        browser.findElement(By.id("alt")).sendKeys("A crane over the harbour at dusk");
        submit();
        waitFor(By.cssSelector(".media-list"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("![A crane over the harbour");
        check("media library with an image just uploaded");

        clickAndWaitForTheNextPage(By.cssSelector("#media-" + featuredImage + " .media-edit a"));
        waitFor(By.cssSelector(".media-uses"));
        check("an image an article uses");
        browser.findElement(By.id("alt")).clear();
        submit();
        waitFor(By.cssSelector(".error-summary"));
        check("an image with errors");
        clickAndWaitForTheNextPage(By.cssSelector("form[action$='/delete'] button"));
        waitFor(By.cssSelector(".error-summary"));
        check("an image that cannot be deleted");
    }

    @Test
    void twoFactorPages() {
        signIn(TWO_FACTOR);
        browser.get(url("/newsroom/account/two-factor"));
        byte[] key = Base32.decode(browser.findElement(By.name("secret")).getDomProperty("value"));
        browser.findElement(By.id("code")).sendKeys(Totp.code(key, Totp.step(Instant.now()), Totp.DIGITS));
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        clickAndWaitForTheNextPage(By.cssSelector("form[action='/newsroom/account/two-factor'] button"));
        waitFor(By.cssSelector(".recovery-codes"));
        check("recovery codes, two-factor sign-in just turned on");
        clickAndWaitForTheNextPage(By.partialLinkText("back to your account"));
        waitFor(By.cssSelector(".recovery-left"));
        check("your account, two-factor sign-in on");
        clickAndWaitForTheNextPage(By.cssSelector("form[action='/newsroom/account/recovery-codes'] button"));
        waitFor(By.cssSelector(".error-summary"));
        check("your account, new recovery codes without the password");
        clickAndWaitForTheNextPage(By.cssSelector("form[action='/newsroom/account/two-factor/off'] button"));
        waitFor(By.cssSelector(".error-summary"));
        check("your account, turning two-factor off without the password");

        clickAndWaitForTheNextPage(By.cssSelector("form.sign-out button"));
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(TWO_FACTOR);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        submit();
        waitFor(By.id("code"));
        check("two-factor code");
        submit();
        waitFor(By.cssSelector(".error-summary"));
        check("two-factor code with an error");
        clickAndWaitForTheNextPage(By.cssSelector(".code-choice button"));
        waitFor(By.id("code"));
        check("recovery code");
        submit();
        waitFor(By.cssSelector(".error-summary"));
        check("recovery code with an error");
    }

    @Test
    void moderationDeskQueues() {
        signIn(EDITOR);
        clickAndWaitForTheNextPage(By.partialLinkText("Comments ("));
        waitFor(By.cssSelector(".desk-items"));
        check("pending comments");

        browser.findElement(By.cssSelector(".desk-reply summary")).click();
        check("pending comments with a reply form open");

        for (String status : new String[] {"approved", "spam", "trash"}) {
            browser.get(url("/newsroom/comments/?status=" + status));
            waitFor(By.cssSelector(".desk-items"));
            check(status + " comments");
        }

        browser.get(url("/newsroom/comments/?status=approved"));
        clickAndWaitForTheNextPage(By.cssSelector(".desk-actions button[value=unapprove]"));
        waitFor(By.cssSelector(".desk-message"));
        check("approved comments after an action");

        browser.get(url("/newsroom/comments/?q=nobody-wrote-this"));
        waitFor(By.cssSelector(".desk-empty"));
        check("a search that finds nothing");
    }

    @Test
    void usersPages() {
        long rita = accounts.create("rita@news.example.com", "Rita Ruiz", PASSWORD, Role.CONTRIBUTOR, null).id();
        signIn(ADMIN);
        clickAndWaitForTheNextPage(By.linkText("Users"));
        waitFor(By.cssSelector(".user-table"));
        check("users");
        browser.get(url("/newsroom/users/?role=contributor"));
        check("users of one role");
        browser.get(url("/newsroom/users/new"));
        check("add a user");
        submit();
        waitFor(By.cssSelector(".error-summary"));
        check("add a user with errors");
        browser.get(url("/newsroom/users/" + rita + "/edit"));
        check("editing a user");
        clickAndWaitForTheNextPage(By.cssSelector("form[action$='/disable'] button"));
        waitFor(By.cssSelector(".notice"));
        check("a user just disabled");
    }

    @Test
    void settingsPage() {
        signIn(ADMIN);
        clickAndWaitForTheNextPage(By.linkText("Settings"));
        waitFor(By.id("site-title"));
        check("settings");

        browser.findElement(By.id("title")).clear();
        clickAndWaitForTheNextPage(By.cssSelector("form[action='/newsroom/settings/site'] button"));
        waitFor(By.cssSelector(".error-summary"));
        check("settings with an error in the site's");

        browser.findElement(By.id("threadDepth")).clear();
        clickAndWaitForTheNextPage(By.cssSelector("form[action='/newsroom/settings/comments'] button"));
        waitFor(By.cssSelector(".error-summary"));
        check("settings with an error in the comment rules");

        clickAndWaitForTheNextPage(By.cssSelector("form[action='/newsroom/settings/email/test'] button"));
        waitFor(By.cssSelector(".error-summary"));
        check("settings after a test email that could not be sent");
    }

    @Test
    void moderationDeskCommentAndBlockPages() {
        signIn(EDITOR);
        browser.get(url("/newsroom/comments/"));
        clickAndWaitForTheNextPage(By.cssSelector(".desk-links a"));
        waitFor(By.id("history"));
        check("editing a comment, with its history");
        browser.findElement(By.id("author")).clear();
        browser.findElement(By.id("email")).clear();
        browser.findElement(By.id("email")).sendKeys("not an address");
        submit();
        waitFor(By.cssSelector(".error-summary"));
        check("editing a comment with errors");

        clickAndWaitForTheNextPage(By.linkText("← Pending comments"));
        clickAndWaitForTheNextPage(By.partialLinkText("Blocked ("));
        waitFor(By.id("block"));
        check("blocked emails and addresses");
        browser.findElement(By.id("block")).sendKeys("203.0.113.0/24");
        submit();
        waitFor(By.cssSelector(".block-table"));
        check("blocked emails and addresses, one just blocked");
        browser.findElement(By.id("block")).sendKeys("10.0.0.0/8");
        submit();
        waitFor(By.cssSelector(".error-summary"));
        check("blocked emails and addresses with an error");
    }

    private void signIn(String email) {
        SignInForm.signIn(browser, url("/newsroom/"), email, PASSWORD);
    }

    private void submit() {
        clickAndWaitForTheNextPage(By.cssSelector("main form button[type=submit]"));
    }

    /** Clicks and waits until the browser has loaded another page: the one left had a mark this one lacks. */
    private void clickAndWaitForTheNextPage(By button) {
        var script = (JavascriptExecutor) browser;
        script.executeScript("window.gazetteLeaving = true;");
        browser.findElement(button).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(WebDriverException.class).until(driver ->
                Boolean.TRUE.equals(script.executeScript("return !window.gazetteLeaving && document.readyState === 'complete';")));
    }

    private void waitFor(By locator) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    private void check(String page) {
        AccessibilityCheck.assertAccessible(browser, page);
    }

    private long post(long article, Long parent, String text, String name, String email, String ip) {
        var outcome = comments.post(new CommentSubmission(article, parent, text, name, email, "", false, "",
                comments.formToken(article), ip, "Mozilla/5.0"));
        return ((PostOutcome.Accepted) outcome).comment().id();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
