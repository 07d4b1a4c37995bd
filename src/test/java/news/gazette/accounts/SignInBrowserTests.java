package news.gazette.accounts;

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

/** An editor in a real chromium: the sign-in page, its errors, the newsroom, signing out. */
@ExtendWith(BrowserPerClass.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "gazette.demo-content=false")
class SignInBrowserTests {

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        String dataDir = TestDataDirectory.create("sign-in-browser").toString();
        registry.add("gazette.data-dir", () -> dataDir);
    }

    @BrowserPerClass.Open
    static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Test
    void editorSignsInThroughThePageSeesTheNewsroomAndSignsOut() {
        accounts.create("xenia@news.example.com", "Xenia Park", "correct horse battery", Role.EDITOR, null);

        browser.get("http://localhost:" + port + "/newsroom/");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        assertThat(browser.getTitle()).isEqualTo("Sign in – Gazette");
        Browser.screenshot(browser, "sign-in");

        browser.findElement(By.cssSelector("form[action='/login'] button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
        var summary = browser.findElement(By.cssSelector(".error-summary"));
        assertThat(summary.getText()).contains("There is a problem", "Enter your email address", "Enter your password");
        assertThat(browser.switchTo().activeElement()).as("the summary takes the focus").isEqualTo(summary);
        Browser.screenshot(browser, "sign-in-errors");

        summary.findElement(By.linkText("Enter your email address")).click();
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("username");
        browser.findElement(By.id("username")).sendKeys("xenia@news.example.com");
        browser.findElement(By.id("password")).sendKeys("correct horse battery");
        browser.findElement(By.cssSelector("form[action='/login'] button")).click();

        waitFor("/newsroom/");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Signed in as Xenia Park");
        Browser.screenshot(browser, "newsroom-home");

        browser.findElement(By.linkText("Your account")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Your account");
        Browser.screenshot(browser, "newsroom-account");
        browser.findElement(By.linkText("Set up two-factor sign-in")).click();
        assertThat(browser.findElement(By.id("secret")).getText()).matches("([A-Z2-7]{4} ){7}[A-Z2-7]{4}");
        Browser.screenshot(browser, "newsroom-two-factor-setup");

        browser.findElement(By.cssSelector("form.sign-out button")).click();
        waitFor("/login?signed-out");
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).isEqualTo("You have signed out.");
        Browser.screenshot(browser, "signed-out");

        browser.get("http://localhost:" + port + "/newsroom/");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
    }

    // a click that posts a form returns before the next page is there
    private static void waitFor(String ending) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.getCurrentUrl().endsWith(ending));
    }
}
