package news.gazette.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
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
import news.gazette.media.TestImages;
import news.gazette.publishing.Publishing;

/**
 * An author in a real chromium: uploads an image to the library, chooses it as a new article's featured image,
 * publishes, and the article on the site shows the image, loaded, and so does the front page.
 */
@ExtendWith(BrowserPerClass.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FeaturedImageBrowserTests {

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        String dataDir = TestDataDirectory.create("featured-browser").toString();
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
    void anAuthorChoosesAFeaturedImageThatReadersThenSeeLoaded() throws Exception {
        accounts.create("photo@example.com", "Pia Photo", "a long enough password", Role.AUTHOR,
                publishing.addAuthor("Pia Photo", "").id());
        var wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        SignInForm.signIn(browser, url("/newsroom/"), "photo@example.com", "a long enough password");

        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Media"))).click();
        var file = Files.createTempFile("lighthouse-", ".jpg");
        Files.write(file, TestImages.jpeg(1400, 700));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("file"))).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.id("alt")).sendKeys("A lighthouse on a rocky point");
        browser.findElement(By.cssSelector("form.media-upload button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=status]")));

        browser.findElement(By.linkText("Articles")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Write a new article"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("title"))).sendKeys("The last lighthouse keeper");
        browser.findElement(By.id("body")).sendKeys("After forty years, the light goes automatic.");
        new Select(browser.findElement(By.id("categoryId"))).selectByIndex(1);
        var choice = browser.findElement(By.xpath("//fieldset[contains(@class,'featured-image')]//label[normalize-space()="
                + "'A lighthouse on a rocky point']"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", choice);
        choice.click();
        assertThat(browser.findElement(By.id(choice.getAttribute("for"))).isSelected()).isTrue();
        Browser.screenshot(browser, "featured-image-chosen");
        browser.findElement(By.cssSelector("button[value=publish]")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("[role=status]"), "Published."));
        assertThat(browser.findElement(By.cssSelector("input[name=featuredImageId]:checked + label")).getText())
                .isEqualTo("A lighthouse on a rocky point");

        browser.findElement(By.linkText("View on the site")).click();
        wait.until(ExpectedConditions.titleContains("The last lighthouse keeper"));
        var image = browser.findElement(By.cssSelector("figure.featured-image img"));
        waitUntilLoaded(image);
        assertThat(image.getAttribute("alt")).isEqualTo("A lighthouse on a rocky point");
        assertThat(image.getDomProperty("currentSrc")).matches(".*/media/[0-9a-f]{32}(-\\d+w)?\\.jpg");
        assertThat(image.getRect().getWidth()).as("as wide as the text column at most").isLessThanOrEqualTo(640);
        Browser.screenshot(browser, "featured-image-article");

        browser.get(url("/"));
        var card = browser.findElement(By.cssSelector(".card-with-image img.card-image"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView();", card);
        waitUntilLoaded(card);
        assertThat(card.getAttribute("alt")).isEqualTo("A lighthouse on a rocky point");
        Browser.screenshot(browser, "featured-image-front-page");
    }

    private void waitUntilLoaded(WebElement image) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> Boolean.TRUE.equals(
                ((JavascriptExecutor) driver).executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0;",
                        image)));
        long natural = ((Number) ((JavascriptExecutor) browser).executeScript("return arguments[0].naturalWidth;", image))
                .longValue();
        assertThat(natural).isGreaterThan(0);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
