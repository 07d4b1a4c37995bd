package news.gazette.newsroom;

import static news.gazette.newsroom.NewsroomSession.location;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import news.gazette.TestDataDirectory;
import news.gazette.Visitor;
import news.gazette.accounts.Accounts;
import news.gazette.accounts.Role;

/** The comment moderation desk over real HTTP, signed in through the real form, with comments from the real one. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gazette.comments.minimum-fill-time=0s", "gazette.comments.flood=0s", "gazette.comments.per-ip-per-hour=0"})
class ModerationDeskTests {

    static final String ARTICLE = "/2022/02/20/senora-nunez-and-the-last-ferry-to-isla-grande/";
    static final String ARTICLE_TITLE = "Señora Núñez and the last ferry to Isla Grande";
    private static final String PASSWORD = "correct horse battery staple";

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        String dataDir = TestDataDirectory.create("moderation-desk").toString();
        registry.add("gazette.data-dir", () -> dataDir);
    }

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    NewsroomSession moderator;

    ReaderComments readers;

    @BeforeEach
    void signInAsModerator() {
        readers = new ReaderComments(port, jdbc, ARTICLE);
        if (accounts.find("mod@example.com").isEmpty()) {
            accounts.create("mod@example.com", "Mo Derator", PASSWORD, Role.MODERATOR, null);
            accounts.create("author@example.com", "Au Thor", PASSWORD, Role.AUTHOR, null);
            accounts.create("contributor@example.com", "Con Tributor", PASSWORD, Role.CONTRIBUTOR, null);
        }
        moderator = NewsroomSession.signIn(port, "mod@example.com", PASSWORD);
    }

    @Test
    void thePendingQueueShowsEachCommentsArticleAddressesReasonAndTheCommentItAnswers() {
        long parent = post("The ferry was late again.", "Ana", "ana@example.com", "198.51.100.10");
        approve(parent);
        long reply = post("It always is, <b>on Tuesdays</b>.", "Ben", "ben@example.com", "198.51.100.11", parent);

        var queue = moderator.page("/newsroom/comments/");
        var item = queue.selectFirst("#comment-" + reply);
        assertThat(item.selectFirst("h2").text()).isEqualTo("Ben on " + ARTICLE_TITLE);
        assertThat(item.selectFirst("h2 a").attr("href")).isEqualTo(ARTICLE);
        assertThat(fact(item, "Email")).isEqualTo("ben@example.com");
        assertThat(fact(item, "IP address")).isEqualTo("198.51.100.11");
        assertThat(fact(item, "Held because")).isEqualTo("First comment from this email address");
        assertThat(fact(item, "Spam score")).matches("\\d{1,3}%");
        assertThat(item.selectFirst(".desk-context").text()).isEqualTo("In reply to Ana: The ferry was late again.");
        assertThat(item.selectFirst(".desk-text").html()).isEqualTo("<p>It always is, &lt;b&gt;on Tuesdays&lt;/b&gt;.</p>");
        assertThat(item.select(".desk-actions button").eachText()).contains("Approve the comment by Ben",
                "Spam the comment by Ben", "Trash the comment by Ben", "Approve all from this author",
                "Block this email", "Block this IP address");
        assertThat(item.selectFirst("summary").text()).isEqualTo("Approve and reply");

        long pending = count("pending");
        assertThat(queue.selectFirst("nav[aria-label=Newsroom] a[aria-current=page]").text())
                .isEqualTo("Comments (" + pending + " pending)");
        assertThat(queue.select(".desk-queues a").eachText()).containsExactly("Pending (" + pending + ")",
                "Approved (" + count("approved") + ")", "Spam (" + count("spam") + ")", "Trash (" + count("trash") + ")",
                "Blocked (" + jdbc.sql("SELECT COUNT(*) FROM blocked_commenter").query(Long.class).single() + ")");
        assertThat(item.select(".desk-links a").eachText()).containsExactly("Edit the comment by Ben",
                "History of the comment by Ben");
        assertThat(item.selectFirst(".desk-links a").attr("href")).isEqualTo("/newsroom/comments/" + reply + "/edit");
        assertThat(queue.selectFirst("h1").text()).isEqualTo("Pending comments");
    }

    @Test
    void approvingOnTheDeskPublishesTheCommentOnTheArticle() {
        long id = post("Worth the wait.", "Cleo", "cleo@example.com", "198.51.100.12");
        assertThat(new Visitor(port).get(ARTICLE).body()).doesNotContain("Worth the wait.");

        var done = moderator.post("/newsroom/comments/moderate", Map.of("action", List.of("approve"),
                "id", List.of(Long.toString(id)), "status", List.of("pending"), "q", List.of(""), "page", List.of("1")));
        assertThat(location(done)).isEqualTo("/newsroom/comments/?done=approved-1");
        var after = moderator.page(location(done));
        assertThat(after.selectFirst("[role=status]").text()).isEqualTo("1 comment approved.");
        assertThat(after.select("#comment-" + id)).isEmpty();

        var article = Jsoup.parse(new Visitor(port).get(ARTICLE).body());
        assertThat(article.selectFirst("#comment-" + id + " .comment-content").text()).isEqualTo("Worth the wait.");
        assertThat(status(id)).isEqualTo("approved");
    }

    @Test
    void bulkSpamMovesEverySelectedCommentAndNoOther() {
        long first = post("Buy followers now.", "Dee", "dee@example.com", "198.51.100.13");
        long second = post("Cheap watches here.", "Eli", "eli@example.com", "198.51.100.14");
        long untouched = post("A real thought.", "Fay", "fay@example.com", "198.51.100.15");
        moderator.page("/newsroom/comments/");

        var done = moderator.post("/newsroom/comments/moderate", Map.of("action", List.of("spam"),
                "id", List.of(Long.toString(first), Long.toString(second)), "status", List.of("pending")));
        assertThat(location(done)).isEqualTo("/newsroom/comments/?done=spammed-2");
        assertThat(moderator.page(location(done)).selectFirst("[role=status]").text()).isEqualTo("2 comments marked as spam.");
        assertThat(List.of(status(first), status(second), status(untouched))).containsExactly("spam", "spam", "pending");

        var spam = moderator.page("/newsroom/comments/?status=spam");
        assertThat(spam.select("#comment-" + first + ", #comment-" + second)).hasSize(2);
        assertThat(spam.select("#bulk-action option").eachAttr("value")).containsExactly("restore", "delete");
        assertThat(spam.selectFirst("#comment-" + first + " button[value=restore]").text()).startsWith("Not spam");
        assertThat(spam.selectFirst("#comment-" + first + " button[value=restore]").attr("data-key")).isEqualTo("u");
        assertThat(spam.selectFirst("#comment-" + first + " button[value=delete]").hasAttr("data-key"))
                .as("no key deletes for good").isFalse();
    }

    @Test
    void searchFindsCommentsByAuthorEmailAddressAndTextIgnoringCase() {
        long byGil = post("Harbour cranes are loud at 5 am.", "Gil Searchable", "gil.search@example.org", "203.0.113.21");
        long byHal = post("Fifty percent of 100% is 50%.", "Hal", "hal@example.org", "203.0.113.22");

        assertThat(found("gil searchable")).containsExactly(byGil);
        assertThat(found("GIL.SEARCH@example.org")).containsExactly(byGil);
        assertThat(found("203.0.113.21")).containsExactly(byGil);
        assertThat(found("harbour CRANES")).containsExactly(byGil);
        assertThat(found("100%")).containsExactly(byHal);
        assertThat(found("%")).containsExactly(byHal);
        assertThat(found("nothing like this anywhere")).isEmpty();

        var page = moderator.page("/newsroom/comments/?q=" + URLEncoder.encode("harbour cranes", StandardCharsets.UTF_8));
        assertThat(page.selectFirst("#q").val()).isEqualTo("harbour cranes");
        assertThat(page.selectFirst(".desk-summary").text()).isEqualTo("1 comment matches “harbour cranes”");
        assertThat(page.selectFirst("#bulk input[name=q]").val()).as("actions return to the search").isEqualTo("harbour cranes");
    }

    @Test
    void approveAllFromThisAuthorApprovesTheirPendingCommentsOnly() {
        long one = post("First from Ivy.", "Ivy", "ivy@example.com", "198.51.100.16");
        long two = post("Second from Ivy.", "Ivy", "IVY@example.com", "198.51.100.17");
        long other = post("From Jay.", "Jay", "jay@example.com", "198.51.100.18");
        moderator.page("/newsroom/comments/");

        var done = moderator.post("/newsroom/comments/approve-author", Map.of("email", List.of("ivy@example.com"),
                "status", List.of("pending"), "q", List.of("ivy")));
        assertThat(location(done)).isEqualTo("/newsroom/comments/?q=ivy&done=author-approved-2");
        assertThat(moderator.page(location(done)).selectFirst("[role=status]").text())
                .isEqualTo("2 comments from this author approved.");
        assertThat(List.of(status(one), status(two), status(other))).containsExactly("approved", "approved", "pending");
    }

    @Test
    void aBlockedEmailOrAddressHasItsNextCommentsMarkedSpam() {
        post("Before the block.", "Kit", "kit@example.com", "198.51.100.19");
        moderator.page("/newsroom/comments/");
        var blocked = moderator.post("/newsroom/comments/block-email", Map.of("email", List.of("Kit@Example.com")));
        assertThat(location(blocked)).isEqualTo("/newsroom/comments/?done=blocked-email-1");
        assertThat(moderator.page(location(blocked)).selectFirst("[role=status]").text())
                .isEqualTo("Email address blocked: its next comments will be marked as spam.");

        long fromEmail = post("After the block.", "Kit", "kit@example.com", "198.51.100.20");
        assertThat(status(fromEmail)).isEqualTo("spam");
        assertThat(fact(moderator.page("/newsroom/comments/?status=spam").selectFirst("#comment-" + fromEmail),
                "Held because")).isEqualTo("Blocked email");

        moderator.post("/newsroom/comments/block-address", Map.of("ip", List.of("203.0.113.99")));
        long fromAddress = post("Another name, same machine.", "Lou", "lou@example.com", "203.0.113.99");
        assertThat(status(fromAddress)).isEqualTo("spam");
        assertThat(heldReason(fromAddress)).isEqualTo("Blocked address");
        assertThat(status(post("Someone else entirely.", "May", "may@example.com", "198.51.100.21"))).isEqualTo("pending");
    }

    @Test
    void aReplyAsTheSiteApprovesTheCommentAndIsPublishedUnderTheModeratorsName() {
        long question = post("When does the ferry leave?", "Ned", "ned@example.com", "198.51.100.22");
        moderator.page("/newsroom/comments/");

        var done = moderator.post("/newsroom/comments/" + question + "/reply", Map.of("text", List.of("At 6 am, daily."),
                "status", List.of("pending")));
        assertThat(location(done)).isEqualTo("/newsroom/comments/?done=replied-1");
        assertThat(moderator.page(location(done)).selectFirst("[role=status]").text()).isEqualTo("Your reply is published.");

        var article = Jsoup.parse(new Visitor(port).get(ARTICLE).body());
        var reply = article.selectFirst("#comment-" + question + " > ol.children > li");
        assertThat(reply.selectFirst(".fn").text()).isEqualTo("Mo Derator");
        assertThat(reply.selectFirst(".comment-content").text()).isEqualTo("At 6 am, daily.");

        var refused = moderator.post("/newsroom/comments/" + question + "/reply", Map.of("text", List.of("   ")));
        assertThat(moderator.page(location(refused)).selectFirst("[role=alert]").text()).startsWith("Your reply was not posted");
    }

    @Test
    void signedOutVisitorsAreSentToTheLoginPage() {
        var visitor = NewsroomSession.signedOut(port);
        var response = visitor.get("/newsroom/comments/");
        assertThat(location(response)).isEqualTo("/login");
        assertThat(visitor.page("/login").select("input[name=username]")).hasSize(1);
        assertThat(visitor.get("/newsroom/comments/?status=spam").body()).doesNotContain("@example.com");
    }

    @Test
    void authorsAndContributorsMayNotModerate() {
        long id = post("Please do not touch.", "Oto", "oto@example.com", "198.51.100.23");
        for (String email : List.of("author@example.com", "contributor@example.com")) {
            var session = NewsroomSession.signIn(port, email, PASSWORD);
            var home = session.page("/newsroom/");
            assertThat(home.select("nav[aria-label=Newsroom] a").eachText()).as(email).noneMatch(a -> a.startsWith("Comments"));
            var queue = session.get("/newsroom/comments/");
            assertThat(queue.statusCode()).as(email).isEqualTo(403);
            assertThat(queue.body()).doesNotContain("oto@example.com");
            assertThat(session.post("/newsroom/comments/moderate", Map.of("action", List.of("approve"),
                    "id", List.of(Long.toString(id)))).statusCode()).as(email).isEqualTo(403);
        }
        assertThat(status(id)).isEqualTo("pending");
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefused() {
        long id = post("Forged approval?", "Pat", "pat@example.com", "198.51.100.24");
        moderator.page("/newsroom/comments/");
        var forged = moderator.postWithoutToken("/newsroom/comments/moderate", Map.of("action", List.of("approve"),
                "id", List.of(Long.toString(id))));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(status(id)).isEqualTo("pending");
    }

    private long post(String comment, String name, String email, String ip) {
        return readers.post(comment, name, email, ip);
    }

    private long post(String comment, String name, String email, String ip, Long parent) {
        return readers.post(comment, name, email, ip, parent);
    }

    private void approve(long id) {
        moderator.page("/newsroom/comments/");
        location(moderator.post("/newsroom/comments/moderate", Map.of("action", List.of("approve"),
                "id", List.of(Long.toString(id)))));
    }

    private List<Long> found(String search) {
        return moderator.page("/newsroom/comments/?q=" + URLEncoder.encode(search, StandardCharsets.UTF_8))
                .select(".desk-item").stream().map(item -> Long.parseLong(item.id().substring("comment-".length())))
                .toList();
    }

    private static String fact(Element item, String term) {
        return item.select(".desk-facts div").stream().filter(div -> div.selectFirst("dt").text().equals(term))
                .findFirst().orElseThrow(() -> new AssertionError("no " + term)).selectFirst("dd").text();
    }

    private String status(long id) {
        return readers.status(id);
    }

    private String heldReason(long id) {
        return readers.heldReason(id);
    }

    private long count(String status) {
        return jdbc.sql("SELECT COUNT(*) FROM comment WHERE status = :status").param("status", status)
                .query(Long.class).single();
    }
}
