package news.gazette.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import news.gazette.MutableClock;
import news.gazette.TestClockConfiguration;
import news.gazette.TestDataDirectory;

/**
 * Two-factor recovery codes over real HTTP, as a browser uses them: shown once when two-factor is turned on, each
 * signing in once in place of the app's code, counted on the account page, replaced on demand, gone with
 * two-factor, and throttled like app codes. App codes are computed here on the application's clock.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gazette.demo-content=false", "gazette.accounts.attempts-per-account=3",
        "gazette.accounts.attempts-per-address=100", "gazette.accounts.attempt-window=300s"})
@Import(TestClockConfiguration.class)
class RecoveryCodeTests {

    private static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger ADDRESSES = new AtomicInteger(10);
    private static final String CODE_SHAPE = "[a-z2-7]{5}-[a-z2-7]{5}";

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        String dataDir = TestDataDirectory.create("recovery-codes").toString();
        registry.add("gazette.data-dir", () -> dataDir);
    }

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    /** Someone signed in, just after turning two-factor on: their app's key and the codes they were shown. */
    record TwoFactorOn(String email, NewsroomClient browser, byte[] key, List<String> codes,
                       NewsroomClient.Page codesPage) {
    }

    @Test
    void turningTwoFactorOnShowsTenRecoveryCodesOnceAndKeepsOnlyTheirHashes() {
        var on = turnOn("aino");

        assertThat(on.codesPage().status()).isEqualTo(200);
        assertThat(on.codesPage().document().selectFirst("h1").text()).isEqualTo("Save your recovery codes");
        assertThat(on.codesPage().document().select(".notice").text()).startsWith("Two-factor sign-in is on");
        assertThat(on.codesPage().text()).contains("They are shown only this once.");
        assertThat(on.codes()).hasSize(10).doesNotHaveDuplicates().allMatch(code -> code.matches(CODE_SHAPE));

        var account = on.browser().get("/newsroom/account/");
        assertThat(account.document().selectFirst(".recovery-left").text())
                .startsWith("You have 10 recovery codes left.");
        assertThat(account.document().select("form[action='/newsroom/account/recovery-codes'] button").text())
                .isEqualTo("Generate new recovery codes");
        assertThat(on.browser().get("/newsroom/account/two-factor").uri().getPath())
                .as("the setup, and with it the codes, is not shown again").isEqualTo("/newsroom/account/");
        for (String code : on.codes()) {
            assertThat(account.document().html()).doesNotContain(code);
        }

        var stored = jdbc.sql("SELECT code_hash FROM recovery_code r JOIN account a ON a.id = r.account_id WHERE a.email = ?")
                .param(on.email()).query(String.class).list();
        assertThat(stored).hasSize(10);
        for (String code : on.codes()) {
            assertThat(stored).noneMatch(hash -> hash.contains(code.replace("-", "")) || hash.contains(code));
        }
    }

    @Test
    void aRecoveryCodeSignsInOnceInPlaceOfTheAppsCode() {
        var on = turnOn("bruno");
        on.browser().post("/logout");

        var browser = browser();
        var codePage = browser.signIn(on.email(), PASSWORD);
        assertThat(codePage.document().select("button").eachText()).contains("Lost your phone? Use a recovery code");
        var recoveryPage = browser.post("/login/code/choose", "ticket", ticket(codePage), "recovery", "true");
        assertThat(recoveryPage.document().selectFirst("h1").text()).isEqualTo("Enter a recovery code");
        assertThat(recoveryPage.document().selectFirst("#code").hasAttr("inputmode")).as("letters, not a keypad").isFalse();
        assertThat(recoveryPage.document().selectFirst("label[for=code]").text()).isEqualTo("Recovery code");

        String typed = on.codes().getFirst().toUpperCase(Locale.ROOT).replace("-", " ");
        var home = browser.post("/login/code", "ticket", ticket(recoveryPage), "code", typed, "recovery", "true");
        assertThat(home.uri().getPath()).isEqualTo("/newsroom/");
        assertThat(home.text()).contains("Signed in as bruno");
        assertThat(browser.get("/newsroom/account/").document().selectFirst(".recovery-left").text())
                .startsWith("You have 9 recovery codes left.");

        var again = browser();
        var againPage = again.signIn(on.email(), PASSWORD);
        var reused = again.post("/login/code", "ticket", ticket(againPage), "code", on.codes().getFirst(), "recovery", "true");
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.errorSummary()).isEqualTo("There is a problem " + SignInController.WRONG_RECOVERY_CODE);
        assertThat(reused.document().selectFirst("h1").text()).as("still asks for a recovery code")
                .isEqualTo("Enter a recovery code");
        assertThat(again.hasSession()).isFalse();

        var inTheAppsField = again.post("/login/code", "ticket", ticket(reused), "code", on.codes().get(1));
        assertThat(inTheAppsField.uri().getPath()).as("either field takes either code").isEqualTo("/newsroom/");
    }

    @Test
    void newRecoveryCodesTakeThePasswordOrAnAppCodeAndEndTheOldOnes() {
        var on = turnOn("carla");
        var browser = on.browser();
        browser.get("/newsroom/account/");

        var blank = browser.post("/newsroom/account/recovery-codes", "recoveryConfirmation", "");
        assertThat(blank.status()).isEqualTo(422);
        assertThat(blank.errorSummary()).isEqualTo("There is a problem Enter your password or a code from your app");
        assertThat(blank.document().selectFirst("#recoveryConfirmation-error").text())
                .isEqualTo("Error: Enter your password or a code from your app");
        var wrong = browser.post("/newsroom/account/recovery-codes", "recoveryConfirmation", "not my password at all");
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.errorSummary()).contains("Your password or code is incorrect");

        var byPassword = browser.post("/newsroom/account/recovery-codes", "recoveryConfirmation", PASSWORD);
        assertThat(byPassword.document().select(".notice").text())
                .isEqualTo("New recovery codes are made: the old ones no longer work.");
        var second = codes(byPassword);
        assertThat(second).hasSize(10).doesNotContainAnyElementsOf(on.codes());

        clock.advance(Duration.ofSeconds(30));
        browser.get("/newsroom/account/");
        var byAppCode = browser.post("/newsroom/account/recovery-codes", "recoveryConfirmation", appCode(on.key()));
        var third = codes(byAppCode);
        assertThat(third).hasSize(10).doesNotContainAnyElementsOf(second);

        assertThat(signInWithCode(on.email(), on.codes().get(2)).status()).as("the first codes").isEqualTo(422);
        assertThat(signInWithCode(on.email(), second.getFirst()).status()).as("the second codes").isEqualTo(422);
        clock.advance(Duration.ofSeconds(300)); // the wrong password and the two old codes spent the account's attempts
        assertThat(signInWithCode(on.email(), third.getFirst()).uri().getPath()).isEqualTo("/newsroom/");
        assertThat(browser.get("/newsroom/account/").document().selectFirst(".recovery-left").text())
                .startsWith("You have 9 recovery codes left.");
    }

    @Test
    void turningTwoFactorOffDeletesTheRecoveryCodes() {
        var on = turnOn("dario");
        on.browser().get("/newsroom/account/");
        on.browser().post("/newsroom/account/two-factor/off", "password", PASSWORD);
        assertThat(storedCodes(on.email())).isZero();
        assertThat(on.browser().get("/newsroom/account/").document().select(".recovery-left")).isEmpty();

        var onAgain = turnOn(on.email(), on.browser());
        assertThat(storedCodes(on.email())).isEqualTo(10);
        assertThat(signInWithCode(on.email(), on.codes().getFirst()).status()).as("a code from before").isEqualTo(422);
        assertThat(signInWithCode(on.email(), onAgain.codes().getFirst()).uri().getPath()).isEqualTo("/newsroom/");
    }

    @Test
    void wrongRecoveryCodesCountAgainstTheAccountLikeWrongAppCodes() {
        var on = turnOn("emil");
        var browser = browser();
        var page = browser.signIn(on.email(), PASSWORD);
        for (String guess : List.of("aaaaa-aaaaa", "bbbbb-bbbbb", "ccccc-ccccc")) {
            page = browser.post("/login/code", "ticket", ticket(page), "code", guess, "recovery", "true");
            assertThat(page.status()).isEqualTo(422);
        }
        var throttled = browser.post("/login/code", "ticket", ticket(page), "code", on.codes().getFirst(), "recovery", "true");
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.errorSummary()).contains("Too many sign-in attempts");
        assertThat(storedCodes(on.email())).as("the right code was not even tried").isEqualTo(10);

        clock.advance(Duration.ofSeconds(300));
        var home = browser.post("/login/code", "ticket", ticket(browser.signIn(on.email(), PASSWORD)), "code",
                on.codes().getFirst(), "recovery", "true");
        assertThat(home.uri().getPath()).isEqualTo("/newsroom/");
    }

    @Test
    void newRecoveryCodesWithoutTheCsrfTokenAreRefused() {
        var on = turnOn("fanny");
        on.browser().get("/newsroom/account/");
        var forged = on.browser().postRaw("/newsroom/account/recovery-codes", false, "recoveryConfirmation", PASSWORD);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(forged.body()).select(".recovery-codes")).isEmpty();
        assertThat(signInWithCode(on.email(), on.codes().getFirst()).uri().getPath()).as("the old codes still work")
                .isEqualTo("/newsroom/");
    }

    @Test
    void theNewCodesPageIsNeverStored() {
        var on = turnOn("greta");
        on.browser().get("/newsroom/account/");
        var response = on.browser().postRaw("/newsroom/account/recovery-codes", true, "recoveryConfirmation", PASSWORD);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(Jsoup.parse(response.body()).select(".recovery-codes li")).hasSize(10);
    }

    private TwoFactorOn turnOn(String name) {
        String email = name + "@news.example.com";
        accounts.create(email, name, PASSWORD, Role.AUTHOR, null);
        var browser = browser();
        browser.signIn(email, PASSWORD);
        return turnOn(email, browser);
    }

    private TwoFactorOn turnOn(String email, NewsroomClient browser) {
        var setup = browser.get("/newsroom/account/two-factor");
        String secret = setup.document().selectFirst("input[name=secret]").attr("value");
        byte[] key = Base32.decode(secret);
        var page = browser.post("/newsroom/account/two-factor", "secret", secret, "password", PASSWORD, "code", appCode(key));
        clock.advance(Duration.ofSeconds(30)); // the next app code is a new one
        return new TwoFactorOn(email, browser, key, codes(page), page);
    }

    /** Signs in afresh, from a browser of its own, with the password and then this code; returns where that led. */
    private NewsroomClient.Page signInWithCode(String email, String code) {
        var browser = browser();
        var codePage = browser.signIn(email, PASSWORD);
        return browser.post("/login/code", "ticket", ticket(codePage), "code", code);
    }

    private long storedCodes(String email) {
        return jdbc.sql("SELECT COUNT(*) FROM recovery_code r JOIN account a ON a.id = r.account_id WHERE a.email = ?")
                .param(email).query(Long.class).single();
    }

    private NewsroomClient browser() {
        return new NewsroomClient(port, "198.51.100." + ADDRESSES.incrementAndGet());
    }

    private String appCode(byte[] key) {
        return Totp.code(key, Totp.step(clock.instant()), Totp.DIGITS);
    }

    private static List<String> codes(NewsroomClient.Page page) {
        return page.document().select(".recovery-codes li").eachText();
    }

    private static String ticket(NewsroomClient.Page codePage) {
        return codePage.document().selectFirst("input[name=ticket]").attr("value");
    }
}
