package news.gazette.newsroom;

import static news.gazette.newsroom.NewsroomSession.location;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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

/** A comment's own page on the moderation desk over real HTTP: editing it, with the public form's rules, and its history. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gazette.comments.minimum-fill-time=0s", "gazette.comments.flood=0s", "gazette.comments.per-ip-per-hour=0"})
class CommentEditingTests {

    private static final String PASSWORD = "correct horse battery staple";

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        String dataDir = TestDataDirectory.create("comment-editing").toString();
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
            accounts.create("editor@example.com", "Ed Itor", PASSWORD, Role.EDITOR, null);
            accounts.create("author@example.com", "Au Thor", PASSWORD, Role.AUTHOR, null);
            accounts.create("contributor@example.com", "Con Tributor", PASSWORD, Role.CONTRIBUTOR, null);
        }
        moderator = NewsroomSession.signIn(port, "mod@example.com", PASSWORD);
    }

    @Test
    void theEditPageShowsTheCommentAsWrittenAndReturnsToTheQueueItCameFrom() {
        long id = readers.post("A <b>bold</b> claim.", "Ana", "ana@example.com", "198.51.100.30");

        var queue = moderator.page("/newsroom/comments/?q=bold");
        String editUrl = queue.selectFirst("#comment-" + id + " .desk-links a").attr("href");
        assertThat(editUrl).isEqualTo("/newsroom/comments/" + id + "/edit?q=bold");

        var page = moderator.page(editUrl);
        assertThat(page.selectFirst("h1").text()).isEqualTo("Edit the comment by Ana");
        assertThat(page.selectFirst("#author").val()).isEqualTo("Ana");
        assertThat(page.selectFirst("#email").val()).isEqualTo("ana@example.com");
        assertThat(page.selectFirst("#url").val()).isEmpty();
        assertThat(page.selectFirst("#comment").text()).isEqualTo("A <b>bold</b> claim.");
        assertThat(page.selectFirst("form.comment-edit input[name=q]").val()).isEqualTo("bold");
        assertThat(page.selectFirst("a[href^=/newsroom/comments/?]").text()).isEqualTo("← Pending comments");

        var saved = moderator.post("/newsroom/comments/" + id + "/edit", form("Ana Ruiz", "ANA@example.com",
                "ana.example", "A bold claim, toned down.", "q", "bold"));
        assertThat(location(saved)).isEqualTo("/newsroom/comments/?q=bold&done=edited-1#comment-" + id);
        var back = moderator.page(location(saved).replaceFirst("#.*", ""));
        assertThat(back.selectFirst("[role=status]").text()).isEqualTo("Comment saved.");
        assertThat(back.selectFirst("#comment-" + id + " h2").text()).startsWith("Ana Ruiz on ");
        assertThat(back.selectFirst("#comment-" + id + " .desk-text").text()).isEqualTo("A bold claim, toned down.");

        var row = jdbc.sql("SELECT author_name, author_email, author_url, body FROM comment WHERE id = ?").param(id)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).single();
        assertThat(row).containsExactly("Ana Ruiz", "ana@example.com", "https://ana.example", "A bold claim, toned down.");
    }

    @Test
    void badFieldsAreNamedNextToEachFieldAndInTheSummaryWithWhatWasTypedKept() {
        long id = readers.post("Leave me as I am.", "Ben", "ben@example.com", "198.51.100.31");
        moderator.page("/newsroom/comments/" + id + "/edit");

        var refused = moderator.post("/newsroom/comments/" + id + "/edit", form("  ", "ben at example", "ftp://ben.example",
                "<script>alert(1)</script> typed text", "status", "pending"));

        assertThat(refused.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.title()).startsWith("Error: Edit the comment by Ben");
        assertThat(page.select(".error-summary li").eachText()).containsExactly(
                "Enter the name of the comment's author.",
                "Enter a valid email address, like name@example.com.",
                "Enter a website address that starts with http:// or https://, or leave it empty.");
        assertThat(page.select(".error-summary a").eachAttr("href")).containsExactly("#author", "#email", "#url");
        assertThat(page.selectFirst("#author-error").text()).isEqualTo("Error: Enter the name of the comment's author.");
        assertThat(page.selectFirst("#email").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.selectFirst("#email").val()).isEqualTo("ben at example");
        assertThat(page.selectFirst("#url").val()).isEqualTo("ftp://ben.example");
        assertThat(page.selectFirst("#comment").text()).isEqualTo("<script>alert(1)</script> typed text");
        assertThat(refused.body()).doesNotContain("<script>alert(1)");
        assertThat(readers.status(id)).isEqualTo("pending");
        assertThat(jdbc.sql("SELECT body FROM comment WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("Leave me as I am.");

        var tooLong = moderator.post("/newsroom/comments/" + id + "/edit", form("Ben", "ben@example.com", "",
                "x".repeat(65_526), "status", "pending"));
        assertThat(tooLong.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(tooLong.body()).selectFirst("#comment-error").text())
                .isEqualTo("Error: The comment is too long: it has 65,526 characters and may have 65,525 at most.");
    }

    @Test
    void theHistoryTellsWhatHeldTheCommentAndWhoDidWhatSince() {
        long id = readers.post("History in the making.", "Cleo", "cleo@example.com", "198.51.100.32");
        moderator.page("/newsroom/comments/");
        moderator.post("/newsroom/comments/moderate", Map.of("action", List.of("spam"), "id", List.of(Long.toString(id))));
        moderator.post("/newsroom/comments/moderate", Map.of("action", List.of("restore"), "id", List.of(Long.toString(id))));
        var editor = NewsroomSession.signIn(port, "editor@example.com", PASSWORD);
        editor.page("/newsroom/comments/" + id + "/edit");
        editor.post("/newsroom/comments/" + id + "/edit", form("Cleo", "cleo@example.com", "", "History, made.", "status", "pending"));
        editor.post("/newsroom/comments/moderate", Map.of("action", List.of("approve"), "id", List.of(Long.toString(id))));

        var page = moderator.page("/newsroom/comments/" + id + "/edit?status=approved");
        var lines = page.select("#history ~ table tbody tr").stream()
                .map(tr -> tr.select("td").stream().skip(1).map(td -> td.text()).toList()).toList();
        assertThat(lines).containsExactly(
                List.of("Cleo", "Received", lines.getFirst().get(2)),
                List.of("Comment rules", "Held for moderation", "First comment from this email address"),
                List.of("Mo Derator (mod@example.com)", "Marked as spam", ""),
                List.of("Mo Derator (mod@example.com)", "Restored to Pending", ""),
                List.of("Ed Itor (editor@example.com)", "Edited", "Changed the text"),
                List.of("Ed Itor (editor@example.com)", "Approved", ""));
        assertThat(lines.getFirst().get(2)).matches("Spam score \\d{1,3}%");
        assertThat(page.select("#history ~ table time").eachAttr("datetime")).allMatch(at -> at.matches("\\d{4}-.*Z"));
    }

    @Test
    void editingAPublicCommentChangesTheArticlePageAtOnce() {
        long id = readers.post("Fresh words.", "Dee", "dee@example.com", "198.51.100.33");
        moderator.page("/newsroom/comments/");
        moderator.post("/newsroom/comments/moderate", Map.of("action", List.of("approve"), "id", List.of(Long.toString(id))));
        var reader = new Visitor(port);
        assertThat(reader.get(ModerationDeskTests.ARTICLE).body()).contains("Fresh words.");
        assertThat(reader.get(ModerationDeskTests.ARTICLE).body()).as("from the page cache").contains("Fresh words.");

        moderator.page("/newsroom/comments/" + id + "/edit?status=approved");
        location(moderator.post("/newsroom/comments/" + id + "/edit", form("Dee", "dee@example.com", "",
                "Corrected words.", "status", "approved")));

        var article = Jsoup.parse(reader.get(ModerationDeskTests.ARTICLE).body());
        assertThat(article.selectFirst("#comment-" + id + " .comment-content").text()).isEqualTo("Corrected words.");
    }

    @Test
    void aCommentThatIsGoneIsNotFound() {
        assertThat(moderator.get("/newsroom/comments/987654/edit").statusCode()).isEqualTo(404);
        moderator.page("/newsroom/comments/");
        assertThat(moderator.post("/newsroom/comments/987654/edit", form("A", "a@example.com", "", "Text")).statusCode())
                .isEqualTo(404);
    }

    @Test
    void authorsAndContributorsMayNeitherSeeNorEditAComment() {
        long id = readers.post("Not yours to change.", "Eli", "eli@example.com", "198.51.100.34");
        for (String email : List.of("author@example.com", "contributor@example.com")) {
            var session = NewsroomSession.signIn(port, email, PASSWORD);
            var page = session.get("/newsroom/comments/" + id + "/edit");
            assertThat(page.statusCode()).as(email).isEqualTo(403);
            assertThat(page.body()).doesNotContain("eli@example.com");
            assertThat(session.post("/newsroom/comments/" + id + "/edit", form("Mallory", "m@example.com", "", "Changed"))
                    .statusCode()).as(email).isEqualTo(403);
        }
        assertThat(jdbc.sql("SELECT author_name FROM comment WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("Eli");
    }

    @Test
    void anEditWithoutTheCsrfTokenIsRefused() {
        long id = readers.post("Forge me.", "Fay", "fay@example.com", "198.51.100.35");
        moderator.page("/newsroom/comments/" + id + "/edit");
        var forged = moderator.postWithoutToken("/newsroom/comments/" + id + "/edit", form("Forger", "f@example.com", "", "Forged"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT body FROM comment WHERE id = ?").param(id).query(String.class).single()).isEqualTo("Forge me.");
    }

    private static Map<String, List<String>> form(String author, String email, String url, String comment,
                                                  String... view) {
        var fields = new java.util.LinkedHashMap<String, List<String>>();
        fields.put("author", List.of(author));
        fields.put("email", List.of(email));
        fields.put("url", List.of(url));
        fields.put("comment", List.of(comment));
        for (int i = 0; i < view.length; i += 2) {
            fields.put(view[i], List.of(view[i + 1]));
        }
        return fields;
    }
}
