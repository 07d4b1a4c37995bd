package news.gazette.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import news.gazette.TestDataDirectory;

/** Changing the password on "Your account": the rules, errors that keep no password, and every session ending. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "gazette.demo-content=false")
class PasswordChangeTests {

    private static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger ADDRESSES = new AtomicInteger(10);

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        String dataDir = TestDataDirectory.create("password-change").toString();
        registry.add("gazette.data-dir", () -> dataDir);
    }

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    NewsroomClient browser() {
        return new NewsroomClient(port, "203.0.113." + ADDRESSES.incrementAndGet());
    }

    String signedIn(NewsroomClient browser, String name) {
        String email = name + "@news.example.com";
        accounts.create(email, name, PASSWORD, Role.AUTHOR, null);
        browser.signIn(email, PASSWORD);
        return email;
    }

    @Test
    void changesThePasswordAndEndsEverySessionOpenedWithTheOldOne() {
        var browser = browser();
        String email = signedIn(browser, "rosa");
        var elsewhere = browser();
        elsewhere.signIn(email, PASSWORD);

        var account = browser.get("/newsroom/account/");
        assertThat(account.document().select("nav a[aria-current=page]").text()).isEqualTo("Your account");
        assertThat(account.document().select("#currentPassword").attr("autocomplete")).isEqualTo("current-password");
        assertThat(account.document().select("#newPassword").attr("autocomplete")).isEqualTo("new-password");

        var changed = browser.post("/newsroom/account/password", "currentPassword", PASSWORD,
                "newPassword", "a brand new passphrase");
        assertThat(changed.uri().toString()).endsWith("/login?password-changed");
        assertThat(changed.document().select(".notice").text())
                .isEqualTo("Your password has been changed. Sign in with your new password.");

        assertThat(browser.get("/newsroom/").uri().getPath()).as("signed out here").isEqualTo("/login");
        assertThat(elsewhere.get("/newsroom/").uri().getPath()).as("and elsewhere").isEqualTo("/login");

        assertThat(browser.signIn(email, PASSWORD).errorSummary()).contains(SignInController.REFUSED);
        assertThat(browser.signIn(email, "a brand new passphrase").text()).contains("Signed in as rosa");
    }

    @Test
    void refusesAWrongCurrentPasswordAndKeepsNoPasswordTyped() {
        var browser = browser();
        signedIn(browser, "sami");
        browser.get("/newsroom/account/");

        var refused = browser.post("/newsroom/account/password", "currentPassword", "not my password",
                "newPassword", "a brand new passphrase");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorSummary()).isEqualTo("There is a problem Your current password is incorrect");
        assertThat(refused.title()).startsWith("Error: ");
        assertThat(refused.field("currentPassword")).isEmpty();
        assertThat(refused.field("newPassword")).isEmpty();
        assertThat(refused.document().select("#currentPassword-error").text())
                .isEqualTo("Error: Your current password is incorrect");
        assertThat(browser.get("/newsroom/").text()).as("still signed in").contains("Signed in as sami");
    }

    @Test
    void appliesThePasswordRules() {
        var browser = browser();
        String email = signedIn(browser, "tove");
        browser.get("/newsroom/account/");

        var both = browser.post("/newsroom/account/password", "currentPassword", "", "newPassword", "short");
        assertThat(both.errorSummary()).isEqualTo(
                "There is a problem Enter your current password Password must be at least 12 characters");
        assertThat(both.document().select(".error-summary a").eachAttr("href"))
                .containsExactly("#currentPassword", "#newPassword");

        var tooShort = browser.post("/newsroom/account/password", "currentPassword", PASSWORD,
                "newPassword", "eleven char");
        assertThat(tooShort.errorSummary()).contains("Password must be at least 12 characters");
        assertThat(browser.post("/newsroom/account/password", "currentPassword", PASSWORD,
                "newPassword", "twelve chars").errorSummary()).doesNotContain("at least 12");

        browser.signIn(email, "twelve chars");
        browser.get("/newsroom/account/");
        var sameAsEmail = browser.post("/newsroom/account/password", "currentPassword", "twelve chars",
                "newPassword", email.toUpperCase());
        assertThat(sameAsEmail.errorSummary()).contains("Password must not be your email address");
    }

    @Test
    void accountsAreNotCreatedWithPasswordsThatBreakTheRules() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> accounts.create("yara@news.example.com", "Yara", "too short", Role.AUTHOR, null))
                .withMessage("Password must be at least 12 characters");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> accounts.create("yara@news.example.com", "Yara", "Yara@News.Example.com", Role.AUTHOR, null))
                .withMessage("Password must not be your email address");
        assertThat(accounts.find("yara@news.example.com")).isEmpty();
    }
}
