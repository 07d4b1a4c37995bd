package news.gazette.newsroom;

import static news.gazette.newsroom.NewsroomSession.location;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import news.gazette.TestDataDirectory;
import news.gazette.accounts.Accounts;
import news.gazette.accounts.Role;
import news.gazette.platform.SavedSettings;
import news.gazette.platform.mail.GreenMailConfiguration;
import news.gazette.platform.mail.Mailer;
import news.gazette.platform.mail.OutgoingMail;

/**
 * The Settings page's mail server, against a real SMTP server (GreenMail) on the port {@code spring.mail.port} names.
 * No {@code spring.mail.host} is set: mail goes out only through a host saved on the page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gazette.demo-content=false", "gazette.settings.refresh=PT1H"})
@Import(GreenMailConfiguration.class)
class SettingsEmailTests {

    private static final String PAGE = "/newsroom/settings/";
    private static final String ADMIN = "chief@example.com";
    private static final String PASSWORD = "correct horse battery staple";

    @DynamicPropertySource
    static void smtpPortOnly(DynamicPropertyRegistry registry) {
        String dataDir = TestDataDirectory.create("settings-email").toString();
        int port = GreenMailConfiguration.freePort();
        registry.add("gazette.data-dir", () -> dataDir);
        registry.add("spring.mail.port", () -> port);
    }

    @LocalServerPort
    int port;

    @Value("${spring.mail.port}")
    int smtpPort;

    @Autowired
    GreenMail smtp;

    @Autowired
    Accounts accounts;

    @Autowired
    Mailer mailer;

    @Autowired
    SavedSettings saved;

    @Autowired
    JdbcClient jdbc;

    NewsroomSession admin;

    @BeforeEach
    void noServerSavedAndAnAdministratorSignedIn() throws Exception {
        jdbc.sql("DELETE FROM site_setting").update();
        saved.refresh();
        smtp.purgeEmailFromAllMailboxes();
        if (accounts.find(ADMIN).isEmpty()) {
            accounts.create(ADMIN, "Chief Editor", PASSWORD, Role.ADMINISTRATOR, null);
        }
        admin = NewsroomSession.signIn(port, ADMIN, PASSWORD);
    }

    @Test
    void theTestEmailGoesAtOnceThroughTheServerSavedOnThePageToTheAdministrator() throws Exception {
        var withoutServer = sendTestEmail();
        assertThat(withoutServer.selectFirst(".error-summary li").text())
                .isEqualTo("The test email was not sent. No mail server is set: enter the SMTP host and save first.");

        saveServer(Map.of("host", GreenMailConfiguration.HOST, "port", Integer.toString(smtpPort),
                "from", "The Island Post <desk@island.example>"));
        var sent = sendTestEmail();

        assertThat(sent.selectFirst("[role=status]").text()).isEqualTo("Test email sent to " + ADMIN + ".");
        assertThat(sent.select(".error-summary")).isEmpty();
        // the page answered after the server took the mail: no waiting for another thread
        var messages = received(ADMIN);
        assertThat(messages).hasSize(1);
        assertThat(messages.getFirst().getSubject()).isEqualTo("Test email from Gazette");
        assertThat(messages.getFirst().getFrom())
                .containsExactly(new InternetAddress("The Island Post <desk@island.example>"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?").param(ADMIN).query(Long.class)
                .single()).as("not through the outbox").isZero();
    }

    @Test
    void mailFromTheOutboxGoesThroughTheServerSavedOnThePage() {
        saveServer(Map.of("host", GreenMailConfiguration.HOST, "port", Integer.toString(smtpPort)));

        mailer.send(new OutgoingMail("reader@example.com", "A reply to your comment", "Someone replied."));

        await().atMost(Duration.ofSeconds(20)).until(() -> !received("reader@example.com").isEmpty());
    }

    @Test
    void anUnreachableServerIsReportedInPlainWordsWithoutAStackTrace() {
        int closed = GreenMailConfiguration.freePort();
        saveServer(Map.of("host", GreenMailConfiguration.HOST, "port", Integer.toString(closed)));

        var answer = admin.post(PAGE + "email/test", Map.of());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(answer.body()).selectFirst(".error-summary li").text()).isEqualTo(
                "The test email was not sent. Could not connect to the mail server at 127.0.0.1:" + closed
                        + " (Connection refused): check the host and the port.");
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("at jakarta.");
    }

    @Test
    void theServerSignsInWithTheSavedUsernameAndPassword() throws Exception {
        smtp.setUser("desk@island.example", "gazette", "right-password");
        saveServer(Map.of("host", GreenMailConfiguration.HOST, "port", Integer.toString(smtpPort),
                "username", "gazette", "password", "wrong-password"));

        assertThat(sendTestEmail().selectFirst(".error-summary li").text()).isEqualTo("The test email was not sent. "
                + "The mail server at 127.0.0.1:" + smtpPort + " refused the username or password.");
        assertThat(received(ADMIN)).isEmpty();

        saveServer(Map.of("password", "right-password"));
        assertThat(sendTestEmail().selectFirst("[role=status]").text()).isEqualTo("Test email sent to " + ADMIN + ".");
        assertThat(received(ADMIN)).hasSize(1);
    }

    private void saveServer(Map<String, String> changes) {
        var form = admin.page(PAGE).selectFirst("form[action=/newsroom/settings/email]");
        var fields = new java.util.LinkedHashMap<String, List<String>>();
        for (var field : form.select("input[name]:not([type=hidden]):not([type=checkbox]), select[name]")) {
            String value = field.tagName().equals("select") ? field.select("option[selected]").attr("value")
                    : field.attr("value");
            fields.put(field.attr("name"), List.of(value));
        }
        changes.forEach((name, value) -> fields.put(name, List.of(value)));
        var done = admin.post(PAGE + "email", fields);
        assertThat(location(done)).as(done.body()).isEqualTo(PAGE + "?saved");
    }

    private Document sendTestEmail() {
        admin.page(PAGE);
        var answer = admin.post(PAGE + "email/test", Map.of());
        assertThat(answer.statusCode()).isEqualTo(200);
        return Jsoup.parse(answer.body());
    }

    private List<MimeMessage> received(String to) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients())
                        .anyMatch(address -> ((InternetAddress) address).getAddress().equals(to));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
