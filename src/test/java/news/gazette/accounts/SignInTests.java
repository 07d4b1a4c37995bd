package news.gazette.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import news.gazette.MutableClock;
import news.gazette.TestClockConfiguration;
import news.gazette.TestDataDirectory;

/**
 * Signing in and out over real HTTP, as a browser does: the sign-in page, the same answer for unknown emails and
 * wrong passwords, CSRF tokens, throttling per account and per address on the application's clock, and the
 * two-factor step with codes computed here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gazette.demo-content=false", "gazette.accounts.attempts-per-account=3",
        "gazette.accounts.attempts-per-address=6", "gazette.accounts.attempt-window=300s"})
@Import(TestClockConfiguration.class)
class SignInTests {

    static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger ADDRESSES = new AtomicInteger(10);

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        String dataDir = TestDataDirectory.create("sign-in").toString();
        registry.add("gazette.data-dir", () -> dataDir);
    }

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    MutableClock clock;

    /** A browser on an address no other test uses, so per-address limits stay each test's own. */
    NewsroomClient browser() {
        return new NewsroomClient(port, "198.51.100." + ADDRESSES.incrementAndGet());
    }

    String account(String name) {
        String email = name + "@news.example.com";
        accounts.create(email, name, PASSWORD, Role.EDITOR, null);
        return email;
    }

    @Test
    void signsInAndOutWithASessionOnlyWhileSignedIn() {
        String email = account("ines");
        var browser = browser();

        var signInPage = browser.get("/newsroom/");
        assertThat(signInPage.uri().getPath()).isEqualTo("/login");
        assertThat(signInPage.document().selectFirst("h1").text()).isEqualTo("Sign in to the newsroom");
        assertThat(signInPage.document().select("input#username").attr("autocomplete")).isEqualTo("username");
        assertThat(signInPage.document().select("input#password").attr("autocomplete")).isEqualTo("current-password");
        assertThat(signInPage.document().select("label[for=username]").text()).isEqualTo("Email address");
        assertThat(signInPage.document().select("label[for=password]").text()).isEqualTo("Password");
        assertThat(browser.hasSession()).as("no session before signing in").isFalse();

        var home = browser.post("/login", "username", "  INES@news.example.com ", "password", PASSWORD);
        assertThat(home.redirectedFrom().statusCode()).isEqualTo(303);
        assertThat(home.uri().getPath()).isEqualTo("/newsroom/");
        assertThat(home.text()).contains("Signed in as ines (" + email + "), editor.");
        assertThat(browser.hasSession()).isTrue();

        var signedOut = browser.post("/logout");
        assertThat(signedOut.uri().toString()).endsWith("/login?signed-out");
        assertThat(signedOut.document().select(".notice").text()).isEqualTo("You have signed out.");
        assertThat(browser.hasSession()).isFalse();
        assertThat(browser.get("/newsroom/").uri().getPath()).isEqualTo("/login");
    }

    @Test
    void givesTheSameAnswerForAnUnknownEmailAndAWrongPassword() {
        String email = account("jonas");
        var browser = browser();

        browser.get("/login");
        var wrongPassword = browser.post("/login", "username", email, "password", "not the password at all");
        browser.get("/login");
        var unknownEmail = browser.post("/login", "username", "nobody@news.example.com", "password", PASSWORD);

        assertThat(wrongPassword.status()).isEqualTo(unknownEmail.status()).isEqualTo(422);
        assertThat(wrongPassword.errorSummary())
                .isEqualTo(unknownEmail.errorSummary())
                .isEqualTo("There is a problem " + SignInController.REFUSED);
        assertThat(wrongPassword.title()).isEqualTo(unknownEmail.title()).isEqualTo("Error: Sign in – Gazette");
        assertThat(wrongPassword.field("username")).isEqualTo(email);
        assertThat(unknownEmail.field("username")).isEqualTo("nobody@news.example.com");
        assertThat(wrongPassword.field("password")).isEmpty();
        assertThat(browser.hasSession()).isFalse();
    }

    @Test
    void asksForBothFieldsAndKeepsTheEmailTyped() {
        var browser = browser();
        browser.get("/login");
        var page = browser.post("/login", "username", "", "password", "");
        assertThat(page.status()).isEqualTo(422);
        assertThat(page.errorSummary()).isEqualTo("There is a problem Enter your email address Enter your password");
        assertThat(page.document().select(".error-summary a").eachAttr("href")).containsExactly("#username", "#password");
        assertThat(page.document().select("#username").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.document().select("#username").attr("aria-describedby")).isEqualTo("username-error");

        browser.get("/login");
        var typed = browser.post("/login", "username", "ana@news.example.com", "password", "");
        assertThat(typed.field("username")).isEqualTo("ana@news.example.com");
        assertThat(typed.errorSummary()).isEqualTo("There is a problem Enter your password");
    }

    @Test
    void showsTheSignInPageForEveryNewsroomAddressAndReturnsThereAfterwards() {
        var browser = browser();
        for (String path : new String[] {"/newsroom/", "/newsroom", "/newsroom/account/", "/newsroom/account/two-factor",
                "/newsroom/no-such-page/", "/actuator/info"}) {
            var response = browser.getRaw(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(path).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/login"));
        }
        assertThat(browser.hasSession()).isFalse();

        String email = account("kofi");
        var browserWithDeepLink = browser();
        assertThat(browserWithDeepLink.get("/newsroom/account/").uri().getPath()).isEqualTo("/login");
        var landed = browserWithDeepLink.post("/login", "username", email, "password", PASSWORD);
        assertThat(landed.uri().getPath()).isEqualTo("/newsroom/account/");
        assertThat(landed.document().selectFirst("h1").text()).isEqualTo("Your account");
    }

    @Test
    void refusesFormsPostedWithoutTheCsrfToken() {
        String email = account("lena");
        var browser = browser();
        browser.get("/login");
        assertThat(browser.postRaw("/login", false, "username", email, "password", PASSWORD).statusCode()).isEqualTo(403);
        assertThat(browser.hasSession()).isFalse();

        browser.signIn(email, PASSWORD);
        assertThat(browser.postRaw("/logout", false).statusCode()).isEqualTo(403);
        assertThat(browser.postRaw("/newsroom/account/password", false, "currentPassword", PASSWORD,
                "newPassword", "another long password").statusCode()).isEqualTo(403);
        assertThat(browser.get("/newsroom/").text()).as("still signed in").contains("Signed in as lena");
    }

    @Test
    void throttlesAnAccountAfterRepeatedFailuresFromAnyAddressThenLetsTheRightPasswordIn() {
        String email = account("malik");
        for (int i = 0; i < 3; i++) {
            var browser = browser();
            browser.get("/login");
            assertThat(browser.post("/login", "username", email, "password", "guess " + i).errorSummary())
                    .contains(SignInController.REFUSED);
        }

        var owner = browser();
        owner.get("/login");
        var refused = owner.post("/login", "username", email, "password", PASSWORD);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.errorSummary()).isEqualTo("There is a problem Too many sign-in attempts. Try again in 2 minutes.");
        assertThat(refused.field("username")).isEqualTo(email);
        assertThat(owner.hasSession()).isFalse();

        clock.advance(Duration.ofSeconds(300));
        assertThat(owner.signIn(email, PASSWORD).text()).contains("Signed in as malik");
    }

    @Test
    void throttlesUnknownEmailsLikeAccounts() {
        String unknown = "nobody-" + ADDRESSES.get() + "@news.example.com";
        for (int i = 0; i < 3; i++) {
            var browser = browser();
            browser.get("/login");
            browser.post("/login", "username", unknown, "password", "guess " + i);
        }
        var browser = browser();
        browser.get("/login");
        assertThat(browser.post("/login", "username", unknown, "password", "guess").errorSummary())
                .contains("Too many sign-in attempts.");
    }

    @Test
    void throttlesAnAddressAfterRepeatedFailuresOnAnyAccounts() {
        String email = account("nadia");
        var attacker = browser();
        for (int i = 0; i < 6; i++) {
            attacker.get("/login");
            attacker.post("/login", "username", "someone" + i + "@news.example.com", "password", "guess");
        }
        attacker.get("/login");
        var refused = attacker.post("/login", "username", email, "password", PASSWORD);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.errorSummary()).contains("Too many sign-in attempts. Try again in 1 minute.");

        assertThat(browser().signIn(email, PASSWORD).text()).as("the account itself is not held up")
                .contains("Signed in as nadia");

        clock.advance(Duration.ofSeconds(300));
        assertThat(attacker.signIn(email, PASSWORD).text()).contains("Signed in as nadia");
    }

    @Test
    void twoFactorSignInFromSetUpToTurningItOff() {
        String email = account("oskar");
        var browser = browser();
        browser.signIn(email, PASSWORD);

        var setup = browser.get("/newsroom/account/two-factor");
        String secret = setup.document().selectFirst("input[name=secret]").attr("value");
        byte[] key = Base32.decode(secret);
        assertThat(key).hasSize(20);
        assertThat(setup.document().select("#secret").text().replace(" ", "")).isEqualTo(secret);
        assertThat(setup.document().select("a[href^=otpauth:]").attr("href")).isEqualTo("otpauth://totp/Gazette:"
                + "oskar%40news.example.com?secret=" + secret + "&issuer=Gazette&algorithm=SHA1&digits=6&period=30");
        assertThat(setup.document().select("#code").attr("autocomplete")).isEqualTo("one-time-code");

        var wrongCode = browser.post("/newsroom/account/two-factor", "secret", secret, "password", PASSWORD,
                "code", otherThan(code(key)));
        assertThat(wrongCode.status()).isEqualTo(422);
        assertThat(wrongCode.errorSummary()).contains("The code is incorrect");
        assertThat(wrongCode.document().selectFirst("input[name=secret]").attr("value")).as("same key").isEqualTo(secret);

        var on = browser.post("/newsroom/account/two-factor", "secret", secret, "password", PASSWORD, "code", code(key));
        assertThat(on.document().select(".notice").text()).startsWith("Two-factor sign-in is on");
        assertThat(on.document().select(".recovery-codes li")).hasSize(10);
        browser.post("/logout");

        clock.advance(Duration.ofSeconds(30));
        var codePage = browser.signIn(email, PASSWORD);
        assertThat(codePage.document().selectFirst("h1").text()).isEqualTo("Enter your two-factor code");
        assertThat(codePage.document().select("#code").attr("autocomplete")).isEqualTo("one-time-code");
        assertThat(codePage.document().select("#code").attr("inputmode")).isEqualTo("numeric");
        assertThat(browser.hasSession()).as("not signed in yet").isFalse();

        var refused = browser.post("/login/code", "ticket", ticket(codePage), "code", otherThan(code(key)));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorSummary()).isEqualTo("There is a problem " + SignInController.WRONG_CODE);
        assertThat(browser.hasSession()).isFalse();

        String code = code(key);
        var home = browser.post("/login/code", "ticket", ticket(refused), "code", code.substring(0, 3) + " " + code.substring(3));
        assertThat(home.uri().getPath()).isEqualTo("/newsroom/");
        assertThat(home.text()).contains("Signed in as oskar");

        var replay = browser();
        var replayCodePage = replay.signIn(email, PASSWORD);
        assertThat(replay.post("/login/code", "ticket", ticket(replayCodePage), "code", code).errorSummary())
                .as("a code works once").contains(SignInController.WRONG_CODE);

        var off = browser.get("/newsroom/account/");
        assertThat(off.text()).contains("Two-factor sign-in is on");
        var turnedOff = browser.post("/newsroom/account/two-factor/off", "password", PASSWORD);
        assertThat(turnedOff.document().select(".notice").text())
                .isEqualTo("Two-factor sign-in is off; its recovery codes no longer work.");
        browser.post("/logout");
        assertThat(browser.signIn(email, PASSWORD).uri().getPath()).isEqualTo("/newsroom/");
    }

    @Test
    void aTicketForTheCodeStepExpires() {
        String email = account("petra");
        var browser = browser();
        browser.signIn(email, PASSWORD);
        var setup = browser.get("/newsroom/account/two-factor");
        byte[] key = Base32.decode(setup.document().selectFirst("input[name=secret]").attr("value"));
        browser.post("/newsroom/account/two-factor", "secret", Base32.encode(key), "password", PASSWORD, "code", code(key));
        browser.post("/logout");

        var codePage = browser.signIn(email, PASSWORD);
        clock.advance(SignInTicket.LIFETIME.plusSeconds(1));
        var again = browser.post("/login/code", "ticket", ticket(codePage), "code", code(key));
        assertThat(again.document().selectFirst("h1").text()).isEqualTo("Sign in to the newsroom");
        assertThat(again.errorSummary()).contains(SignInController.TOO_SLOW);

        var forged = browser.signIn(email, PASSWORD);
        String[] parts = ticket(forged).split("\\.");
        String longer = parts[0] + "." + (Long.parseLong(parts[1]) + 3600) + "." + parts[2];
        assertThat(browser.post("/login/code", "ticket", longer, "code", code(key)).errorSummary())
                .contains(SignInController.TOO_SLOW);
    }

    private String code(byte[] key) {
        return Totp.code(key, Totp.step(clock.instant()), Totp.DIGITS);
    }

    private static String otherThan(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }

    private static String ticket(NewsroomClient.Page codePage) {
        return codePage.document().selectFirst("input[name=ticket]").attr("value");
    }
}
