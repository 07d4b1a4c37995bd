package news.gazette.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
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
import news.gazette.platform.mail.GreenMailConfiguration;

/** "Forgot your password?" end to end, the mail through a real SMTP server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gazette.demo-content=false", "gazette.site.base-url=https://news.example.com"})
@Import({TestClockConfiguration.class, GreenMailConfiguration.class})
class PasswordResetTests {

    private static final String PASSWORD = "correct horse battery";
    private static final String NEW_PASSWORD = "a brand new passphrase";
    private static final Pattern LINK = Pattern.compile("https://news\\.example\\.com(/login/reset/[A-Za-z0-9_-]+)");
    private static final AtomicInteger ADDRESSES = new AtomicInteger(10);

    @DynamicPropertySource
    static void mailAndData(DynamicPropertyRegistry registry) {
        String dataDir = TestDataDirectory.create("password-reset").toString();
        int port = GreenMailConfiguration.freePort();
        registry.add("gazette.data-dir", () -> dataDir);
        registry.add("spring.mail.host", () -> GreenMailConfiguration.HOST);
        registry.add("spring.mail.port", () -> port);
    }

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    MutableClock clock;

    @Autowired
    GreenMail smtp;

    NewsroomClient browser() {
        return new NewsroomClient(port, "192.0.2." + ADDRESSES.incrementAndGet());
    }

    String account(String name) {
        String email = name + "@news.example.com";
        accounts.create(email, name, PASSWORD, Role.EDITOR, null);
        return email;
    }

    @Test
    void mailsALinkThatSetsANewPasswordOnce() throws Exception {
        String email = account("uma");
        var browser = browser();
        var signedInElsewhere = browser();
        signedInElsewhere.signIn(email, PASSWORD);

        var forgot = browser.get("/login");
        assertThat(forgot.document().select("a[href=/login/forgot]").text()).isEqualTo("Forgot your password?");
        browser.get("/login/forgot");
        var sent = browser.post("/login/forgot", "email", email.toUpperCase());
        assertThat(sent.document().select(".notice").text())
                .startsWith("If an account exists for that address, we have sent a link");
        assertThat(browser.hasSession()).isFalse();

        var mail = mailTo(email).getFirst();
        assertThat(mail.getSubject()).isEqualTo("Reset your Gazette password");
        String text = mail.getContent().toString();
        assertThat(text).contains("The link works once, within 1 hour.");
        var link = LINK.matcher(text);
        assertThat(link.find()).isTrue();
        String path = link.group(1);

        var form = browser.get(path);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.document().selectFirst("h1").text()).isEqualTo("Choose a new password");
        assertThat(form.document().select("#password").attr("autocomplete")).isEqualTo("new-password");
        assertThat(form.document().select("input[name=username]").attr("value")).isEqualTo(email);

        var tooShort = browser.post(path, "password", "short");
        assertThat(tooShort.status()).isEqualTo(422);
        assertThat(tooShort.errorSummary()).contains("Password must be at least 12 characters");
        assertThat(tooShort.field("password")).isEmpty();

        var done = browser.post(path, "password", NEW_PASSWORD);
        assertThat(done.uri().toString()).endsWith("/login?password-changed");
        assertThat(browser.hasSession()).as("a reset does not sign in: two-factor may be on").isFalse();

        assertThat(browser.signIn(email, PASSWORD).errorSummary()).contains(SignInController.REFUSED);
        assertThat(browser().signIn(email, NEW_PASSWORD).text()).contains("Signed in as uma");
        assertThat(signedInElsewhere.get("/newsroom/").uri().getPath()).as("old sessions end").isEqualTo("/login");

        var usedAgain = browser().get(path);
        assertThat(usedAgain.status()).isEqualTo(404);
        assertThat(usedAgain.document().selectFirst("h1").text()).isEqualTo("This link does not work");
        browser.get("/login");
        assertThat(browser.postRaw(path, true, "password", "yet another passphrase").statusCode()).isEqualTo(404);
        assertThat(browser().signIn(email, NEW_PASSWORD).text()).contains("Signed in as uma");
    }

    @Test
    void aLinkExpiresAfterAnHour() throws Exception {
        String email = account("vera");
        var browser = browser();
        browser.get("/login/forgot");
        browser.post("/login/forgot", "email", email);
        var link = LINK.matcher(mailTo(email).getFirst().getContent().toString());
        assertThat(link.find()).isTrue();

        clock.advance(Duration.ofMinutes(59));
        assertThat(browser.get(link.group(1)).status()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(1));
        assertThat(browser.get(link.group(1)).status()).isEqualTo(404);
        assertThat(browser.signIn(email, PASSWORD).text()).contains("Signed in as vera");
    }

    @Test
    void answersAnUnknownEmailTheSameAndSendsNothing() {
        String known = account("wim");
        var browser = browser();
        browser.get("/login/forgot");
        var unknownAnswer = browser.post("/login/forgot", "email", "nobody@news.example.com");
        browser.get("/login/forgot");
        var knownAnswer = browser.post("/login/forgot", "email", known);

        assertThat(unknownAnswer.status()).isEqualTo(knownAnswer.status()).isEqualTo(200);
        assertThat(unknownAnswer.document().selectFirst("main").text())
                .isEqualTo(knownAnswer.document().selectFirst("main").text());
        mailTo(known);
        assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipients(m).contains("nobody@")))
                .isEmpty();
    }

    @Test
    void asksForAnEmailAddressAndKeepsWhatWasTyped() {
        var browser = browser();
        browser.get("/login/forgot");
        var blank = browser.post("/login/forgot", "email", " ");
        assertThat(blank.status()).isEqualTo(422);
        assertThat(blank.errorSummary()).isEqualTo("There is a problem Enter your email address");
        browser.get("/login/forgot");
        var malformed = browser.post("/login/forgot", "email", "uma at example");
        assertThat(malformed.errorSummary()).contains("Enter an email address in the correct format");
        assertThat(malformed.field("email")).isEqualTo("uma at example");
    }

    @Test
    void aLinkNobodySentDoesNotWork() {
        assertThat(browser().get("/login/reset/not-a-token").status()).isEqualTo(404);
        var browser = browser();
        browser.get("/login/forgot");
        assertThat(browser.postRaw("/login/reset/not-a-token", true, "password", NEW_PASSWORD).statusCode())
                .isEqualTo(404);
    }

    private List<MimeMessage> mailTo(String address) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !to(address).isEmpty());
        return to(address);
    }

    private List<MimeMessage> to(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipients(m).contains(address)).toList();
    }

    private static String recipients(MimeMessage message) {
        try {
            return Arrays.toString(message.getAllRecipients());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
