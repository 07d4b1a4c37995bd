package news.gazette.newsroom;

import static news.gazette.newsroom.NewsroomSession.location;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import news.gazette.TestDataDirectory;
import news.gazette.accounts.Accounts;
import news.gazette.accounts.Role;

/** The moderation desk's blocked emails and IP addresses over real HTTP, with comments from the real public form. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gazette.comments.minimum-fill-time=0s", "gazette.comments.flood=0s", "gazette.comments.per-ip-per-hour=0"})
class BlockListTests {

    private static final String PASSWORD = "correct horse battery staple";
    private static final String BLOCKS = "/newsroom/comments/blocks";

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        String dataDir = TestDataDirectory.create("block-list").toString();
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
        readers = new ReaderComments(port, jdbc, ModerationDeskTests.ARTICLE);
        if (accounts.find("mod@example.com").isEmpty()) {
            accounts.create("mod@example.com", "Mo Derator", PASSWORD, Role.MODERATOR, null);
            accounts.create("author@example.com", "Au Thor", PASSWORD, Role.AUTHOR, null);
            accounts.create("contributor@example.com", "Con Tributor", PASSWORD, Role.CONTRIBUTOR, null);
        }
        moderator = NewsroomSession.signIn(port, "mod@example.com", PASSWORD);
    }

    @Test
    void theDeskLinksToTheBlocksWhichListWhoBlockedWhatAndWhen() {
        long id = readers.post("Block me.", "Gil", "gil@example.com", "203.0.113.61");
        moderator.page("/newsroom/comments/");
        moderator.post("/newsroom/comments/block-email", Map.of("email", List.of("gil@example.com")));
        moderator.post("/newsroom/comments/block-address", Map.of("ip", List.of("203.0.113.61")));

        var queue = moderator.page("/newsroom/comments/");
        var tab = queue.select(".desk-queues a").last();
        assertThat(tab.attr("href")).isEqualTo(BLOCKS);
        assertThat(tab.text()).matches("Blocked \\(\\d+\\)");

        var page = moderator.page(BLOCKS);
        assertThat(page.selectFirst("h1").text()).isEqualTo("Blocked emails and IP addresses");
        assertThat(page.selectFirst(".desk-queues a[aria-current=page]").text()).isEqualTo(tab.text());
        assertThat(page.selectFirst("nav[aria-label=Newsroom] a[aria-current=page]").text()).startsWith("Comments (");
        assertThat(row(page, "gil@example.com")).containsExactly("gil@example.com", "Email", "Mo Derator (mod@example.com)");
        assertThat(row(page, "203.0.113.61")).containsExactly("203.0.113.61", "IP address", "Mo Derator (mod@example.com)");
        assertThat(page.select("tbody tr").first().selectFirst("time").attr("datetime")).endsWith("Z");
        assertThat(page.select("tbody button").eachText()).contains("Unblock gil@example.com", "Unblock 203.0.113.61");
        assertThat(readers.status(id)).isEqualTo("pending");
    }

    @Test
    void unblockingLetsTheNextCommentThroughTheUsualRules() {
        moderator.page("/newsroom/comments/");
        moderator.post("/newsroom/comments/block-email", Map.of("email", List.of("hal@example.com")));
        long blocked = readers.post("While blocked.", "Hal", "hal@example.com", "198.51.100.62");
        assertThat(readers.status(blocked)).isEqualTo("spam");

        moderator.page(BLOCKS);
        var done = moderator.post(BLOCKS + "/unblock", Map.of("kind", List.of("email"), "value", List.of("hal@example.com")));
        assertThat(location(done)).isEqualTo(BLOCKS + "?done=unblocked");
        var page = moderator.page(location(done));
        assertThat(page.selectFirst("[role=status]").text()).isEqualTo("Unblocked: its next comments go through the usual rules.");
        assertThat(page.select("td.block-value").eachText()).doesNotContain("hal@example.com");

        long after = readers.post("After the block.", "Hal", "hal@example.com", "198.51.100.62");
        assertThat(readers.status(after)).isEqualTo("pending");
        assertThat(readers.heldReason(after)).isEqualTo("First comment from this email address");
        assertThat(readers.status(blocked)).as("what was caught stays").isEqualTo("spam");

        var again = moderator.post(BLOCKS + "/unblock", Map.of("kind", List.of("email"), "value", List.of("hal@example.com")));
        assertThat(moderator.page(location(again)).selectFirst("[role=status]").text()).isEqualTo("That was not blocked.");
    }

    @Test
    void anAddressOrRangeBlockedByHandSendsItsCommentsToTheSpamLikeTheDesksButtons() {
        moderator.page(BLOCKS);
        var single = moderator.post(BLOCKS, Map.of("block", List.of(" 203.0.113.70 ")));
        assertThat(location(single)).isEqualTo(BLOCKS + "?done=blocked");
        assertThat(moderator.page(location(single)).selectFirst("[role=status]").text())
                .isEqualTo("Blocked: the next comments from it will be marked as spam.");
        moderator.post(BLOCKS, Map.of("block", List.of("198.18.7.9/24")));
        moderator.post(BLOCKS, Map.of("block", List.of("Ivy@Example.com")));

        var page = moderator.page(BLOCKS);
        assertThat(row(page, "198.18.7.0/24")).containsExactly("198.18.7.0/24", "IP range", "Mo Derator (mod@example.com)");
        assertThat(row(page, "ivy@example.com")).containsExactly("ivy@example.com", "Email", "Mo Derator (mod@example.com)");

        long fromAddress = readers.post("From a blocked address.", "Jay", "jay@example.com", "203.0.113.70");
        assertThat(readers.status(fromAddress)).isEqualTo("spam");
        assertThat(readers.heldReason(fromAddress)).isEqualTo("Blocked address");
        long fromRange = readers.post("From a blocked range.", "Kit", "kit@example.com", "198.18.7.200");
        assertThat(readers.status(fromRange)).isEqualTo("spam");
        assertThat(readers.heldReason(fromRange)).isEqualTo("Blocked address range 198.18.7.0/24");
        long fromEmail = readers.post("From a blocked email.", "Ivy", "ivy@example.com", "198.51.100.71");
        assertThat(readers.heldReason(fromEmail)).isEqualTo("Blocked email");
        long elsewhere = readers.post("From next door.", "Lou", "lou@example.com", "198.18.8.1");
        assertThat(readers.status(elsewhere)).isEqualTo("pending");

        var twice = moderator.post(BLOCKS, Map.of("block", List.of("203.0.113.70")));
        assertThat(moderator.page(location(twice)).selectFirst("[role=status]").text()).isEqualTo("That was blocked already.");
    }

    @Test
    void whatCannotBeBlockedIsNamedNextToTheFieldAndInTheSummaryWithWhatWasTypedKept() {
        long before = jdbc.sql("SELECT COUNT(*) FROM blocked_commenter").query(Long.class).single();
        moderator.page(BLOCKS);
        for (var typed : Map.of(
                "spammer.example", "Enter an IP address like 203.0.113.7 or 2001:db8::7, or a range like 203.0.113.0/24.",
                "10.0.0.0/8", "That range is too wide: block at most a /16 of IPv4 addresses or a /32 of IPv6 addresses.",
                "nobody@", "Enter a valid email address, like name@example.com, of at most 100 characters.",
                "", "Enter an email address, an IP address or a range of IP addresses.").entrySet()) {
            var refused = moderator.post(BLOCKS, Map.of("block", List.of(typed.getKey())));
            assertThat(refused.statusCode()).as(typed.getKey()).isEqualTo(422);
            var page = Jsoup.parse(refused.body());
            assertThat(page.title()).startsWith("Error: ");
            assertThat(page.selectFirst(".error-summary a").text()).isEqualTo(typed.getValue());
            assertThat(page.selectFirst(".error-summary a").attr("href")).isEqualTo("#block");
            assertThat(page.selectFirst("#block-error").text()).isEqualTo("Error: " + typed.getValue());
            assertThat(page.selectFirst("#block").val()).isEqualTo(typed.getKey());
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM blocked_commenter").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void authorsAndContributorsMayNotSeeOrChangeTheBlocks() {
        moderator.page("/newsroom/comments/");
        moderator.post("/newsroom/comments/block-email", Map.of("email", List.of("kept@example.com")));
        for (String email : List.of("author@example.com", "contributor@example.com")) {
            var session = NewsroomSession.signIn(port, email, PASSWORD);
            var list = session.get(BLOCKS);
            assertThat(list.statusCode()).as(email).isEqualTo(403);
            assertThat(list.body()).doesNotContain("kept@example.com");
            assertThat(session.post(BLOCKS, Map.of("block", List.of("203.0.113.80"))).statusCode()).as(email).isEqualTo(403);
            assertThat(session.post(BLOCKS + "/unblock", Map.of("kind", List.of("email"),
                    "value", List.of("kept@example.com"))).statusCode()).as(email).isEqualTo(403);
        }
        assertThat(blocked("kept@example.com")).isTrue();
        assertThat(blocked("203.0.113.80")).isFalse();
    }

    @Test
    void blockingAndUnblockingWithoutTheCsrfTokenAreRefused() {
        moderator.page("/newsroom/comments/");
        moderator.post("/newsroom/comments/block-email", Map.of("email", List.of("stays@example.com")));
        moderator.page(BLOCKS);
        assertThat(moderator.postWithoutToken(BLOCKS, Map.of("block", List.of("203.0.113.90"))).statusCode()).isEqualTo(403);
        assertThat(moderator.postWithoutToken(BLOCKS + "/unblock", Map.of("kind", List.of("email"),
                "value", List.of("stays@example.com"))).statusCode()).isEqualTo(403);
        assertThat(blocked("203.0.113.90")).isFalse();
        assertThat(blocked("stays@example.com")).isTrue();
    }

    private boolean blocked(String value) {
        return jdbc.sql("SELECT COUNT(*) FROM blocked_commenter WHERE value = ?").param(value).query(Long.class).single() > 0;
    }

    /** The value, kind and blocker of the block on {@code value} as the list shows it. */
    private static List<String> row(org.jsoup.nodes.Document page, String value) {
        return page.select("tbody tr").stream().filter(tr -> tr.selectFirst("td").text().equals(value)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + value)).select("td").eachText().subList(0, 3);
    }
}
