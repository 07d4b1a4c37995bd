package news.gazette.newsroom;

import static news.gazette.newsroom.NewsroomSession.savedArticleId;
import static news.gazette.newsroom.NewsroomSession.location;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
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
import news.gazette.Visitor;
import news.gazette.accounts.Accounts;
import news.gazette.accounts.Role;
import news.gazette.publishing.Publishing;

/** Writing and publishing in the newsroom over real HTTP, signed in through the real form, read by a real visitor. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClockConfiguration.class)
class EditorTests {

    static final String PASSWORD = "correct horse battery staple";

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        String dataDir = TestDataDirectory.create("editor").toString();
        registry.add("gazette.data-dir", () -> dataDir);
    }

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    Publishing publishing;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    long categoryId;

    @BeforeEach
    void createWriters() {
        clock.set(TestClockConfiguration.START);
        categoryId = publishing.categories().getFirst().id();
        if (accounts.find("author@example.com").isEmpty()) {
            accounts.create("author@example.com", "Ann Author", PASSWORD, Role.AUTHOR,
                    publishing.addAuthor("Ann Author", "").id());
            accounts.create("other@example.com", "Otto Other", PASSWORD, Role.AUTHOR,
                    publishing.addAuthor("Otto Other", "").id());
            accounts.create("contributor@example.com", "Cora Contributor", PASSWORD, Role.CONTRIBUTOR,
                    publishing.addAuthor("Cora Contributor", "").id());
            accounts.create("editor@example.com", "Eddie Editor", PASSWORD, Role.EDITOR, null);
            accounts.create("moderator@example.com", "Mo Moderator", PASSWORD, Role.MODERATOR, null);
        }
    }

    @Test
    void aSavedDraftIsNotPublic() {
        var author = signIn("author@example.com");
        long id = savedArticleId(author.post("/newsroom/articles/new", form("A draft about harbours", "Not yet.", "save")));

        assertThat(status(id)).isEqualTo("draft");
        assertThat(publishing.findPublicArticle(slug(id))).isEmpty();
        assertThat(new Visitor(port).get("/").body()).doesNotContain("A draft about harbours");
        var editor = author.page("/newsroom/articles/" + id + "/edit?done=save");
        assertThat(editor.selectFirst("[role=status]").text()).isEqualTo("Saved.");
        assertThat(editor.selectFirst("#title").val()).isEqualTo("A draft about harbours");
        assertThat(editor.selectFirst(".editor-status").text()).startsWith("Status: Draft");

        var reopened = author.get("/newsroom/articles/" + id + "/edit");
        assertThat(reopened.statusCode()).as("opening the editor with nothing just done").isEqualTo(200);
        assertThat(org.jsoup.Jsoup.parse(reopened.body()).selectFirst("#title").val()).isEqualTo("A draft about harbours");
    }

    @Test
    void previewShowsTheRenderedMarkdownAndKeepsTheFormWithoutSaving() {
        var author = signIn("author@example.com");
        long before = articles();
        var response = author.post("/newsroom/articles/new",
                form("Preview me", "Some **bold** words and <script>alert(1)</script>", "preview"));

        assertThat(response.statusCode()).isEqualTo(200);
        var page = Jsoup.parse(response.body());
        assertThat(page.selectFirst(".editor-preview .article-body strong").text()).isEqualTo("bold");
        assertThat(page.select(".editor-preview script")).isEmpty();
        assertThat(page.selectFirst("#title").val()).isEqualTo("Preview me");
        assertThat(page.selectFirst("#body").text()).contains("Some **bold** words");
        assertThat(articles()).isEqualTo(before);
    }

    @Test
    void publishingPutsTheArticleOnTheSiteAtItsPermalink() {
        var author = signIn("author@example.com");
        long id = savedArticleId(author.post("/newsroom/articles/new", form("Cranes arrive at the port", "They are *electric*.", "publish")));

        var editor = author.page("/newsroom/articles/" + id + "/edit?done=publish");
        String permalink = editor.selectFirst(".editor-status a[href^=/2026/]").attr("href");
        assertThat(permalink).isEqualTo("/2026/11/25/cranes-arrive-at-the-port/");
        var article = Jsoup.parse(new Visitor(port).get(permalink).body());
        assertThat(article.selectFirst("h1").text()).isEqualTo("Cranes arrive at the port");
        assertThat(article.select("em").eachText()).contains("electric");
    }

    @Test
    void aScheduledArticleBecomesPublicAtItsTime() {
        var author = signIn("author@example.com");
        var fields = form("Tomorrow's tide tables", "High water at noon.", "schedule");
        String at = LocalDateTime.ofInstant(TestClockConfiguration.START.plus(Duration.ofHours(2)), ZoneOffset.UTC)
                .toString();
        fields.put("publishAt", List.of(at));
        long id = savedArticleId(author.post("/newsroom/articles/new", fields));
        String permalink = "/2026/11/25/tomorrow-s-tide-tables/";
        assertThat(status(id)).isEqualTo("scheduled");
        assertThat(author.page("/newsroom/articles/" + id + "/edit?done=schedule").selectFirst("[role=status]").text())
                .isEqualTo("Scheduled for November 25, 2026 at 2:00 pm.");

        var visitor = new Visitor(port);
        assertThat(visitor.get(permalink).statusCode()).isEqualTo(404);
        assertThat(visitor.get("/").body()).doesNotContain("Tomorrow's tide tables");

        clock.advance(Duration.ofHours(2));
        assertThat(visitor.get(permalink).statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(visitor.get("/").body()).text()).contains("Tomorrow's tide tables");
    }

    @Test
    void schedulingInThePastIsAFieldErrorThatKeepsTheText() {
        var author = signIn("author@example.com");
        var fields = form("Yesterday's news", "Old.", "schedule");
        fields.put("publishAt", List.of("2020-01-01T09:00"));
        var response = author.post("/newsroom/articles/new", fields);

        assertThat(response.statusCode()).isEqualTo(422);
        var page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("#publishAt-error").text()).contains("Choose a time in the future");
        assertThat(page.selectFirst("#publishAt").val()).isEqualTo("2020-01-01T09:00");
        assertThat(page.selectFirst("#title").val()).isEqualTo("Yesterday's news");
    }

    @Test
    void aContributorMaySubmitForReviewButNotPublish() {
        var contributor = signIn("contributor@example.com");
        long before = articles();
        var refused = contributor.post("/newsroom/articles/new", form("My scoop", "Big news.", "publish"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(refused.body()).selectFirst(".error-summary").text())
                .contains("You can save drafts and submit them for review; an editor publishes them.");
        assertThat(Jsoup.parse(refused.body()).selectFirst("#title").val()).isEqualTo("My scoop");
        assertThat(Jsoup.parse(refused.body()).select("button[value=publish]")).isEmpty();
        assertThat(articles()).isEqualTo(before);

        long id = savedArticleId(contributor.post("/newsroom/articles/new", form("My scoop", "Big news.", "submit")));
        assertThat(status(id)).isEqualTo("pending");
        var editor = signIn("editor@example.com");
        assertThat(editor.page("/newsroom/articles/?status=pending").select("#article-" + id)).hasSize(1);
        savedArticleId(editor.post("/newsroom/articles/" + id + "/edit", form("My scoop", "Big news.", "publish")));
        assertThat(status(id)).isEqualTo("published");
        assertThat(contributor.post("/newsroom/articles/" + id + "/edit", form("My scoop!", "Changed.", "save"))
                .statusCode()).as("a published article is out of a contributor's reach").isEqualTo(403);
    }

    @Test
    void anAuthorCannotReachAnotherAuthorsArticleByItsId() {
        var other = signIn("other@example.com");
        long id = savedArticleId(other.post("/newsroom/articles/new", form("Otto's draft", "Private.", "save")));

        var author = signIn("author@example.com");
        assertThat(author.get("/newsroom/articles/" + id + "/edit").statusCode()).isEqualTo(404);
        assertThat(author.get("/newsroom/articles/" + id + "/revisions").statusCode()).isEqualTo(404);
        author.page("/newsroom/articles/new");
        assertThat(author.post("/newsroom/articles/" + id + "/edit", form("Taken over", "Mine now.", "save"))
                .statusCode()).isEqualTo(404);
        assertThat(author.post("/newsroom/articles/" + id + "/trash", Map.of()).statusCode()).isEqualTo(404);
        assertThat(author.page("/newsroom/articles/").select("#article-" + id)).isEmpty();

        var fields = form("Under another name", "Sneaky.", "save");
        fields.put("authorId", List.of(Long.toString(authorIdOf(id))));
        long mine = savedArticleId(author.post("/newsroom/articles/new", fields));
        assertThat(authorIdOf(mine)).as("an author writes under their own name").isNotEqualTo(authorIdOf(id));
        assertThat(jdbc.sql("SELECT title FROM article WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("Otto's draft");
    }

    @Test
    void aTakenSlugIsAFieldErrorThatKeepsWhatWasTyped() {
        var author = signIn("author@example.com");
        var fields = form("Another ferry story", "Typed with care.", "save");
        fields.put("slug", List.of("senora-nunez-and-the-last-ferry-to-isla-grande"));
        fields.put("tags", List.of("ferries, islands"));
        var response = author.post("/newsroom/articles/new", fields);

        assertThat(response.statusCode()).isEqualTo(422);
        var page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("#slug-error").text()).contains("Another article already has the slug");
        assertThat(page.selectFirst(".error-summary a[href=#slug]")).isNotNull();
        assertThat(page.selectFirst("#slug").val()).isEqualTo("senora-nunez-and-the-last-ferry-to-isla-grande");
        assertThat(page.selectFirst("#title").val()).isEqualTo("Another ferry story");
        assertThat(page.selectFirst("#body").text()).isEqualTo("Typed with care.");
        assertThat(page.selectFirst("#tags").val()).isEqualTo("ferries, islands");

        var blank = author.post("/newsroom/articles/new", form("  ", "Body only.", "save"));
        assertThat(blank.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(blank.body()).selectFirst("#title-error").text()).contains("Enter a title");
        var tampered = form("Bad category", "x", "save");
        tampered.put("categoryId", List.of("not-a-number"));
        assertThat(author.post("/newsroom/articles/new", tampered).statusCode()).isEqualTo(422);
    }

    @Test
    void everySaveKeepsARevisionThatCanBeComparedAndRestored() {
        var author = signIn("author@example.com");
        long id = savedArticleId(author.post("/newsroom/articles/new", form("Ferry timetable", "Line one.\nLine two.", "save")));
        savedArticleId(author.post("/newsroom/articles/" + id + "/edit", form("Ferry timetable", "Line one.\nLine 2, changed.", "save")));

        var revisions = author.page("/newsroom/articles/" + id + "/revisions");
        var ids = revisions.select("input[name=from]").eachAttr("value");
        assertThat(ids).hasSize(2);
        var diff = author.page("/newsroom/articles/" + id + "/revisions?from=" + ids.get(1) + "&to=" + ids.get(0));
        assertThat(diff.select(".diff-removed").eachText()).contains("- Line two.").doesNotContain("- Line one.");
        assertThat(diff.select(".diff-added").eachText()).contains("+ Line 2, changed.");
        assertThat(diff.select(".diff-same").eachText()).contains("Line one.", "Title: Ferry timetable");

        var restored = author.post("/newsroom/articles/" + id + "/revisions/" + ids.get(1) + "/restore", Map.of());
        assertThat(location(restored)).isEqualTo("/newsroom/articles/" + id + "/edit?done=revision");
        assertThat(author.page(location(restored)).selectFirst("#body").text()).isEqualTo("Line one.\nLine two.");
        assertThat(author.page("/newsroom/articles/" + id + "/revisions").select("input[name=from]")).hasSize(3);
    }

    @Test
    void unpublishTrashAndRestoreMoveTheArticleAndThePublicSiteFollows() {
        var author = signIn("author@example.com");
        long id = savedArticleId(author.post("/newsroom/articles/new", form("Short-lived news", "Gone soon.", "publish")));
        String permalink = "/2026/11/25/short-lived-news/";
        assertThat(new Visitor(port).get(permalink).statusCode()).isEqualTo(200);

        author.page("/newsroom/articles/" + id + "/edit");
        assertThat(location(author.post("/newsroom/articles/" + id + "/unpublish", Map.of())))
                .endsWith("?done=unpublish");
        assertThat(status(id)).isEqualTo("draft");
        assertThat(new Visitor(port).get(permalink).statusCode()).isEqualTo(404);

        author.post("/newsroom/articles/" + id + "/trash", Map.of());
        assertThat(status(id)).isEqualTo("trash");
        assertThat(author.page("/newsroom/articles/").select("#article-" + id)).isEmpty();
        assertThat(author.page("/newsroom/articles/?status=trash").select("#article-" + id)).hasSize(1);

        author.page("/newsroom/articles/" + id + "/edit");
        author.post("/newsroom/articles/" + id + "/restore", Map.of());
        assertThat(status(id)).isEqualTo("draft");
    }

    @Test
    void theListFiltersByStatusCategoryAndTitleAndEachAuthorSeesTheirOwn() {
        var author = signIn("author@example.com");
        long draft = savedArticleId(author.post("/newsroom/articles/new", form("Zebra crossing repainted", "Paint.", "save")));
        var editor = signIn("editor@example.com");

        var all = editor.page("/newsroom/articles/?q=ZEBRA");
        assertThat(all.select("tbody tr").eachAttr("id")).containsExactly("article-" + draft);
        assertThat(editor.page("/newsroom/articles/?status=published&q=zebra").select("tbody tr")).isEmpty();
        assertThat(editor.page("/newsroom/articles/?status=draft&category=" + categoryId + "&q=zebra")
                .select("tbody tr")).hasSize(1);
        assertThat(editor.page("/newsroom/articles/").select("tbody tr")).hasSizeGreaterThan(5);
        assertThat(editor.page("/newsroom/articles/?q=100%25").select("tbody tr")).isEmpty();

        var own = author.page("/newsroom/articles/");
        assertThat(own.select("tbody td:nth-child(4)").eachText()).containsOnly("Ann Author");
        assertThat(own.selectFirst("nav[aria-label=Newsroom] a[aria-current=page]").text()).isEqualTo("Articles");
    }

    @Test
    void moderatorsCannotReachTheArticlesAndFormsNeedTheirToken() {
        var moderator = signIn("moderator@example.com");
        assertThat(moderator.get("/newsroom/articles/").statusCode()).isEqualTo(403);
        assertThat(moderator.get("/newsroom/articles/new").statusCode()).isEqualTo(403);

        var author = signIn("author@example.com");
        long before = articles();
        var withoutToken = author.postWithoutToken("/newsroom/articles/new", form("No token", "x", "publish"));
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(articles()).isEqualTo(before);
    }

    private NewsroomSession signIn(String email) {
        var session = NewsroomSession.signIn(port, email, PASSWORD);
        session.page("/newsroom/articles/new");
        return session;
    }

    private Map<String, List<String>> form(String title, String body, String action) {
        var fields = new LinkedHashMap<String, List<String>>();
        fields.put("title", List.of(title));
        fields.put("slug", List.of(""));
        fields.put("body", List.of(body));
        fields.put("excerpt", List.of(""));
        fields.put("categoryId", List.of(Long.toString(categoryId)));
        fields.put("tags", List.of(""));
        fields.put("commentsOpen", List.of("on"));
        fields.put("publishAt", List.of(""));
        fields.put("action", List.of(action));
        return fields;
    }

    private String status(long id) {
        return jdbc.sql("SELECT status FROM article WHERE id = :id").param("id", id).query(String.class).single();
    }

    private String slug(long id) {
        return jdbc.sql("SELECT slug FROM article WHERE id = :id").param("id", id).query(String.class).single();
    }

    private long authorIdOf(long id) {
        return jdbc.sql("SELECT author_id FROM article WHERE id = :id").param("id", id).query(Long.class).single();
    }

    private long articles() {
        return jdbc.sql("SELECT COUNT(*) FROM article").query(Long.class).single();
    }
}
