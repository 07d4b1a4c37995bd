package news.gazette.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.icegreen.greenmail.util.GreenMail;
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
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import news.gazette.Browser;
import news.gazette.BrowserPerClass;
import news.gazette.TestDataDirectory;
import news.gazette.accounts.Accounts;
import news.gazette.accounts.SignInForm;
import news.gazette.accounts.Role;
import news.gazette.platform.mail.GreenMailConfiguration;

/**
 * An administrator in a real chromium invites a new author: the form's errors first, then the invitation, which the
 * new author opens in their own browser to choose a password and sign in.
 */
@ExtendWith(BrowserPerClass.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gazette.demo-content=false", "gazette.site.base-url=https://news.example.com"})
@Import(GreenMailConfiguration.class)
class UserDeskBrowserTests {

    @DynamicPropertySource
    static void mailAndData(DynamicPropertyRegistry registry) {
        String dataDir = TestDataDirectory.create("user-desk-browser").toString();
        int port = GreenMailConfiguration.freePort();
        registry.add("gazette.data-dir", () -> dataDir);
        registry.add("spring.mail.host", () -> GreenMailConfiguration.HOST);
        registry.add("spring.mail.port", () -> port);
    }

    @BrowserPerClass.Open
    static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    GreenMail smtp;

    @Test
    void anAdministratorInvitesAnAuthorWhoThenSignsIn() {
        accounts.create("ada@example.com", "Ada Admin", "a long enough password", Role.ADMINISTRATOR, null);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        SignInForm.signIn(browser, url("/newsroom/"), "ada@example.com", "a long enough password");

        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Users"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Add a user"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("email"))).sendKeys("ben at example");
        browser.findElement(By.id("displayName")).sendKeys("Ben Bright");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();

        var summary = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".error-summary")));
        assertThat(summary.getText()).contains("Enter an email address in the correct format", "Choose a role");
        assertThat(browser.switchTo().activeElement()).as("the summary takes the focus").isEqualTo(summary);
        Browser.screenshot(browser, "add-user-errors");
        summary.findElement(By.linkText("Choose a role")).click();
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("role");
        assertThat(browser.findElement(By.id("displayName")).getDomProperty("value")).isEqualTo("Ben Bright");

        var email = browser.findElement(By.id("email"));
        email.clear();
        email.sendKeys("ben@example.com");
        new Select(browser.findElement(By.id("role"))).selectByVisibleText("Author");
        new Select(browser.findElement(By.id("author"))).selectByVisibleText("Create a profile with this name");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();

        var notice = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice")));
        assertThat(notice.getText()).isEqualTo("Added Ben Bright and sent an invitation to ben@example.com.");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Edit user: Ben Bright");
        Browser.screenshot(browser, "user-invited");
        browser.findElement(By.linkText("← All users")).click();
        var row = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//tr[td/a='Ben Bright']")));
        assertThat(row.getText()).contains("ben@example.com", "Author", "Never (invited", "Active");
        Browser.screenshot(browser, "users");

        String link = Inbox.link(new Inbox(smtp).to("ben@example.com", 1).getFirst());
        browser.manage().deleteAllCookies();
        browser.get(url(link));
        browser.findElement(By.id("password")).sendKeys("Ben's chosen passphrase");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(driver -> driver.getCurrentUrl().endsWith("/login?password-changed"));
        SignInForm.signIn(browser, url("/newsroom/"), "ben@example.com", "Ben's chosen passphrase");
        assertThat(browser.findElement(By.cssSelector(".sign-out span")).getText()).isEqualTo("Ben Bright (author)");
        assertThat(browser.findElements(By.linkText("Users"))).isEmpty();
        assertThat(browser.findElement(By.linkText("Authors")).isDisplayed()).isTrue();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
