package news.gazette.accounts;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The newsroom's sign-in form as someone fills it in a real browser. For tests that need a browser signed in; the
 * form's own behaviour, its errors and two-factor step, is tested where it is spelled out (SignInBrowserTests).
 */
public final class SignInForm {

    private SignInForm() {
    }

    /**
     * Opens {@code newsroomUrl}, a newsroom page, which sends a signed-out browser to the sign-in form; fills in the
     * email address and password, submits, and waits until the browser is back on that page and has loaded it.
     */
    public static void signIn(WebDriver browser, String newsroomUrl, String email, String password) {
        browser.get(newsroomUrl);
        browser.findElement(By.id("username")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> withoutQuery(driver.getCurrentUrl())
                .equals(newsroomUrl)
                && "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState;")));
    }

    private static String withoutQuery(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
