package news.gazette.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
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
import news.gazette.accounts.Accounts;
import news.gazette.accounts.Role;
import news.gazette.platform.mail.GreenMailConfiguration;
import news.gazette.publishing.Article;
import news.gazette.publishing.Publishing;

/** Comment emails through a real SMTP server: to moderators, to the article's author, to subscribers of replies. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"gazette.comments.per-ip-per-hour=0", "gazette.site.base-url=https://news.example.com"})
@Import({TestClockConfiguration.class, GreenMailConfiguration.class})
class CommentNotificationTests {

    @DynamicPropertySource
    static void mailAndData(DynamicPropertyRegistry registry) {
        String dataDir = TestDataDirectory.create("comment-mail").toString();
        int port = GreenMailConfiguration.freePort();
        registry.add("gazette.data-dir", () -> dataDir);
        registry.add("spring.mail.host", () -> GreenMailConfiguration.HOST);
        registry.add("spring.mail.port", () -> port);
    }

    @LocalServerPort
    int port;

    @Autowired
    Comments comments;

    @Autowired
    CommentModeration moderation;

    @Autowired
    Publishing publishing;

    @Autowired
    Accounts accounts;

    @Autowired
    MutableClock clock;

    @Autowired
    GreenMail smtp;

    Article article;

    @BeforeEach
    void articleWithAnAuthorAccount() throws Exception {
        article = publishing.findPublicArticle("mountain-villages-prepare-for-a-late-winter").orElseThrow();
        if (accounts.find("marta@news.example.com").isEmpty()) {
            accounts.create("marta@news.example.com", "Marta Velasco", "a long enough password", Role.AUTHOR,
                    article.author().id());
            accounts.create("mod@news.example.com", "Mo Derator", "a long enough password", Role.MODERATOR, null);
        }
        smtp.purgeEmailFromAllMailboxes();
    }

    private Comment post(String body, String name, String email, Long parent, boolean notify) {
        clock.advance(Duration.ofMinutes(1));
        String token = comments.formToken(article.id());
        clock.advance(Duration.ofSeconds(10));
        var outcome = comments.post(new CommentSubmission(article.id(), parent, body, name, email, "", notify, "", token,
                "192.0.2." + Math.abs(email.hashCode() % 200), "Test/1"));
        assertThat(outcome).isInstanceOf(PostOutcome.Accepted.class);
        return ((PostOutcome.Accepted) outcome).comment();
    }

    /** The mails to {@code address} whose text mentions {@code about}, once at least one has arrived. */
    private List<MimeMessage> mailTo(String address, String about) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !matching(address, about).isEmpty());
        return matching(address, about);
    }

    private List<MimeMessage> matching(String address, String about) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> to(m).contains(address) && text(m).contains(about)).toList();
    }

    private static String text(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static jakarta.mail.Address[] recipients(MimeMessage message) {
        try {
            return message.getAllRecipients();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void moderatorsHearOfAHeldCommentWithWhyItWaits() throws Exception {
        post("Is the pass open today?", "Nils", "nils@example.org", null, false);

        for (String moderator : List.of("mod@news.example.com", "admin@example.com")) {
            var mail = mailTo(moderator, "Is the pass open today?").getFirst();
            assertThat(mail.getSubject()).isEqualTo("[Gazette] Please moderate: a comment on “Mountain villages prepare for a late winter”");
            assertThat(text(mail)).contains("First comment from this email address", "nils@example.org");
        }
        assertThat(matching("marta@news.example.com", "Is the pass open today?")).isEmpty();
    }

    @Test
    void theAuthorHearsOfEachPublicCommentAndASubscriberOfEachReplyUntilUnsubscribing() throws Exception {
        var first = post("Subscribing to replies.", "Olaf", "olaf@example.org", null, true);
        moderation.approve(first.id(), "mod@news.example.com");
        var replier = post("Warming up.", "Pia", "pia@example.org", null, false);
        moderation.approve(replier.id(), "mod@news.example.com");
        smtp.purgeEmailFromAllMailboxes();

        var reply = post("Yes, since this morning.", "Pia", "pia@example.org", first.id(), false);
        assertThat(reply.status()).isEqualTo(CommentStatus.APPROVED);

        var toAuthor = mailTo("marta@news.example.com", "Yes, since this morning.").getFirst();
        assertThat(toAuthor.getSubject()).isEqualTo("[Gazette] New comment on “Mountain villages prepare for a late winter”");
        assertThat(text(toAuthor)).contains("https://news.example.com/2022/01/29/mountain-villages-prepare-for-a-late-winter/#comment-" + reply.id());

        var toSubscriber = mailTo("olaf@example.org", "Yes, since this morning.").getFirst();
        assertThat(toSubscriber.getSubject()).isEqualTo("[Gazette] Pia replied to your comment");
        String unsubscribe = toSubscriber.getHeader("List-Unsubscribe")[0].replaceAll("[<>]", "");
        assertThat(unsubscribe).startsWith("https://news.example.com/comments/unsubscribe/");
        assertThat(toSubscriber.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(text(toSubscriber)).doesNotContain("pia@example.org");

        String local = "http://localhost:" + port + unsubscribe.substring("https://news.example.com".length());
        var http = HttpClient.newHttpClient();
        var asked = http.send(HttpRequest.newBuilder(URI.create(local)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(asked.body()).contains("Stop reply emails");
        var done = http.send(HttpRequest.newBuilder(URI.create(local)).POST(HttpRequest.BodyPublishers.ofString(
                "List-Unsubscribe=One-Click")).header("Content-Type", "application/x-www-form-urlencoded").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("you will get no more emails about replies");

        post("Another reply, unheard.", "Pia", "pia@example.org", first.id(), false);
        mailTo("marta@news.example.com", "Another reply, unheard.");
        assertThat(matching("olaf@example.org", "Another reply, unheard.")).isEmpty();
    }

    private static String to(MimeMessage message) {
        return GreenMailUtil.getAddressList(recipients(message));
    }
}
