package news.gazette.newsroom;

import static news.gazette.newsroom.NewsroomSession.location;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import news.gazette.TestClockConfiguration;
import news.gazette.TestDataDirectory;
import news.gazette.Visitor;
import news.gazette.accounts.Accounts;
import news.gazette.accounts.Role;
import news.gazette.publishing.ArticleStatus;
import news.gazette.publishing.NewArticle;
import news.gazette.publishing.Publishing;

/** Categories, tags and author profiles in the newsroom over real HTTP, and what readers then see on the site. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClockConfiguration.class)
class TaxonomyDeskTests {

    static final String PASSWORD = "correct horse battery staple";

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        String dataDir = TestDataDirectory.create("taxonomy-desk").toString();
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

    long annId;
    long ottoId;

    @BeforeEach
    void createPeople() {
        if (accounts.find("editor@example.com").isEmpty()) {
            accounts.create("editor@example.com", "Eddie Editor", PASSWORD, Role.EDITOR, null);
            accounts.create("ann@example.com", "Ann Author", PASSWORD, Role.AUTHOR,
                    publishing.addAuthor("Ann Author", "").id());
            accounts.create("otto@example.com", "Otto Other", PASSWORD, Role.AUTHOR,
                    publishing.addAuthor("Otto Other", "").id());
            accounts.create("cora@example.com", "Cora Contributor", PASSWORD, Role.CONTRIBUTOR,
                    publishing.addAuthor("Cora Contributor", "").id());
            accounts.create("mo@example.com", "Mo Moderator", PASSWORD, Role.MODERATOR, null);
        }
        annId = accounts.authorIdOf("ann@example.com").orElseThrow();
        ottoId = accounts.authorIdOf("otto@example.com").orElseThrow();
    }

    @Test
    void anEditorCreatesEditsAndDeletesACategoryAndErrorsKeepWhatWasTyped() {
        var editor = signIn("editor@example.com", "/newsroom/categories/new");
        var blank = editor.post("/newsroom/categories/new", term("  ", "Not A Slug!", "Typed with care."));
        assertThat(blank.statusCode()).isEqualTo(422);
        var page = Jsoup.parse(blank.body());
        assertThat(page.selectFirst("#name-error").text()).contains("Enter a name");
        assertThat(page.selectFirst("#slug-error").text()).contains("lower-case letters");
        assertThat(page.selectFirst("#slug").val()).isEqualTo("Not A Slug!");
        assertThat(page.selectFirst("#description").text()).isEqualTo("Typed with care.");

        String taken = publishing.categories().getFirst().slug();
        var clash = editor.post("/newsroom/categories/new", term("Harbours", taken, "Boats."));
        assertThat(clash.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(clash.body()).selectFirst("#slug-error").text())
                .contains("Another category already has the slug “" + taken + "”");
        assertThat(Jsoup.parse(clash.body()).selectFirst("#name").val()).isEqualTo("Harbours");

        String edit = location(editor.post("/newsroom/categories/new", term("Harbours", "", "Boats and quays.")));
        assertThat(edit).matches("/newsroom/categories/\\d+/edit\\?done=saved");
        assertThat(editor.page("/newsroom/categories/").select("td a[href=/category/harbours/]")).hasSize(1);
        assertThat(new Visitor(port).get("/category/harbours/").body()).contains("Boats and quays.");

        String id = edit.replaceAll("\\D+", " ").strip().split(" ")[0];
        editor.page("/newsroom/categories/" + id + "/edit");
        location(editor.post("/newsroom/categories/" + id + "/edit", term("Ports", "ports", "Quays.")));
        var visitor = new Visitor(port);
        assertThat(visitor.get("/category/ports/").body()).contains("Quays.");
        var old = visitor.get("/category/harbours/");
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.headers().firstValue("Location").orElseThrow()).endsWith("/category/ports/");

        assertThat(location(editor.post("/newsroom/categories/" + id + "/delete", Map.of())))
                .isEqualTo("/newsroom/categories/?done=deleted");
        assertThat(visitor.get("/category/ports/").statusCode()).isEqualTo(404);
        assertThat(visitor.get("/category/harbours/").statusCode()).isEqualTo(404);
    }

    @Test
    void aCategoryArticlesAreFiledUnderIsNotDeleted() {
        var category = publishing.categories().getFirst();
        var editor = signIn("editor@example.com", "/newsroom/categories/" + category.id() + "/edit");
        var refused = editor.post("/newsroom/categories/" + category.id() + "/delete", Map.of());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(refused.body()).selectFirst(".error-summary").text())
                .contains("still has").contains("Move them to another category first");
        assertThat(publishing.category(category.slug())).isPresent();
    }

    @Test
    void renamingMergingAndDeletingTagsShowOnThePublicTagArchives() {
        String article = "senora-nunez-and-the-last-ferry-to-isla-grande";
        long articleId = publishing.findPublicArticle(article).orElseThrow().id();
        var editor = signIn("editor@example.com", "/newsroom/tags/");
        long ferries = tagOn(articleId, "Ferries");
        long boats = tagOn(articleId, "Boats");
        var visitor = new Visitor(port);
        assertThat(visitor.get("/tag/ferries/").statusCode()).isEqualTo(200);

        editor.page("/newsroom/tags/" + ferries + "/edit");
        location(editor.post("/newsroom/tags/" + ferries + "/edit", term("Ferry crossings", "ferry-crossings", "")));
        assertThat(Jsoup.parse(visitor.get("/tag/ferry-crossings/").body()).text()).contains("Ferry crossings");
        assertThat(visitor.get("/tag/ferries/").statusCode()).isEqualTo(301);

        editor.page("/newsroom/tags/" + boats + "/edit");
        var nowhere = editor.post("/newsroom/tags/" + boats + "/merge", Map.of("into", List.of("")));
        assertThat(nowhere.statusCode()).isEqualTo(422);
        assertThat(location(editor.post("/newsroom/tags/" + boats + "/merge",
                Map.of("into", List.of(Long.toString(ferries)))))).isEqualTo("/newsroom/tags/" + ferries + "/edit?done=merged");
        assertThat(visitor.get("/tag/boats/").headers().firstValue("Location").orElseThrow())
                .endsWith("/tag/ferry-crossings/");
        assertThat(Jsoup.parse(visitor.get("/tag/ferry-crossings/").body()).select("a[href*=" + article + "]"))
                .isNotEmpty();

        editor.page("/newsroom/tags/" + ferries + "/edit");
        location(editor.post("/newsroom/tags/" + ferries + "/delete", Map.of()));
        assertThat(visitor.get("/tag/ferry-crossings/").statusCode()).isEqualTo(404);
        assertThat(publishing.findPublicArticle(article)).isPresent();
        assertThat(publishing.findPublicArticle(article).orElseThrow().tags()).noneMatch(t -> t.id() == ferries);
    }

    @Test
    void anAuthorEditsTheirOwnBioWhichShowsOnTheirPublicPageButNotAnothers() {
        var ann = signIn("ann@example.com", "/newsroom/authors/");
        assertThat(ann.page("/newsroom/authors/").select("tbody tr")).hasSize(1);
        ann.page("/newsroom/authors/" + annId + "/edit");
        location(ann.post("/newsroom/authors/" + annId + "/edit",
                term("Ann Author", "ann-author", "Ann covers the harbour and its ferries.")));
        assertThat(new Visitor(port).get("/author/ann-author/").body())
                .contains("Ann covers the harbour and its ferries.");

        assertThat(ann.get("/newsroom/authors/" + ottoId + "/edit").statusCode()).isEqualTo(404);
        ann.page("/newsroom/authors/");
        assertThat(ann.post("/newsroom/authors/" + ottoId + "/edit", term("Taken", "taken", "Mine.")).statusCode())
                .isEqualTo(404);
        assertThat(ann.post("/newsroom/authors/new", term("Someone new", "", "")).statusCode()).isEqualTo(403);
        assertThat(ann.get("/newsroom/categories/").statusCode()).isEqualTo(403);
        assertThat(publishing.author("otto-other").orElseThrow().name()).isEqualTo("Otto Other");

        var editor = signIn("editor@example.com", "/newsroom/authors/new");
        String edit = location(editor.post("/newsroom/authors/new", term("Nia New", "", "A new voice.")));
        assertThat(edit).matches("/newsroom/authors/\\d+/edit\\?done=saved");
        assertThat(publishing.author("nia-new").orElseThrow().bio()).isEqualTo("A new voice.");
    }

    @Test
    void contributorsAndModeratorsAreForbiddenAndFormsNeedTheirToken() {
        var contributor = signIn("cora@example.com", "/newsroom/articles/");
        for (String path : List.of("/newsroom/categories/", "/newsroom/tags/", "/newsroom/authors/")) {
            assertThat(contributor.get(path).statusCode()).as(path).isEqualTo(403);
        }
        assertThat(contributor.page("/newsroom/articles/").select("nav a[href=/newsroom/categories/]")).isEmpty();
        var moderator = signIn("mo@example.com", "/newsroom/");
        assertThat(moderator.get("/newsroom/tags/").statusCode()).isEqualTo(403);

        var editor = signIn("editor@example.com", "/newsroom/categories/new");
        assertThat(editor.page("/newsroom/").select("nav a[href=/newsroom/tags/]")).hasSize(1);
        var withoutToken = editor.postWithoutToken("/newsroom/categories/new", term("No token", "", ""));
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(publishing.category("no-token")).isEmpty();
    }

    @Test
    void selectedArticlesAreTrashedAndRestoredOnlyWhereTheWriterMay() {
        long mine = draft("Ann's harbour notes", annId);
        long others = draft("Otto's harbour notes", ottoId);
        var ann = signIn("ann@example.com", "/newsroom/articles/");
        var trashed = ann.post("/newsroom/articles/bulk", Map.of("action", List.of("trash"),
                "ids", List.of(Long.toString(mine), Long.toString(others))));
        String back = location(trashed);
        assertThat(back).isEqualTo("/newsroom/articles/?done=trash&changed=1&unchanged=1");
        assertThat(status(mine)).isEqualTo("trash");
        assertThat(status(others)).isEqualTo("draft");
        assertThat(ann.page(back).selectFirst("[role=status]").text()).startsWith("1 article moved to the trash.")
                .contains("1 article was left as they were");

        var list = ann.page("/newsroom/articles/?status=trash");
        assertThat(list.select("input[name=ids][value=" + mine + "]")).hasSize(1);
        assertThat(list.select("#bulk-action option[value=publish]")).hasSize(1);
        var restored = ann.post("/newsroom/articles/bulk", Map.of("action", List.of("restore"),
                "ids", List.of(Long.toString(mine)), "status", List.of("trash")));
        assertThat(location(restored)).isEqualTo("/newsroom/articles/?status=trash&done=restore&changed=1&unchanged=0");
        assertThat(status(mine)).isEqualTo("draft");

        long cora = draft("Cora's scoop", accounts.authorIdOf("cora@example.com").orElseThrow());
        var contributor = signIn("cora@example.com", "/newsroom/articles/");
        assertThat(contributor.page("/newsroom/articles/").select("#bulk-action option[value=publish]")).isEmpty();
        contributor.post("/newsroom/articles/bulk", Map.of("action", List.of("publish"), "ids", List.of(Long.toString(cora))));
        assertThat(status(cora)).isEqualTo("draft");

        var editor = signIn("editor@example.com", "/newsroom/articles/");
        assertThat(location(editor.post("/newsroom/articles/bulk", Map.of("action", List.of("publish"),
                "ids", List.of(Long.toString(cora)))))).endsWith("changed=1&unchanged=0");
        assertThat(status(cora)).isEqualTo("published");
        assertThat(publishing.findPublicArticle(cora)).isPresent();
    }

    private long draft(String title, long authorId) {
        return publishing.file(new NewArticle(title, "Notes.", "", ArticleStatus.DRAFT, null, authorId,
                publishing.categories().getFirst().id(), List.of(), true)).id();
    }

    private String status(long id) {
        return jdbc.sql("SELECT status FROM article WHERE id = :id").param("id", id).query(String.class).single();
    }

    private long tagOn(long articleId, String name) {
        long id = jdbc.sql("INSERT INTO tag (slug, name) VALUES (:slug, :name) RETURNING id")
                .param("slug", name.toLowerCase()).param("name", name).query(Long.class).single();
        jdbc.sql("INSERT INTO article_tag (article_id, tag_id) VALUES (:a, :t)").param("a", articleId).param("t", id)
                .update();
        return id;
    }

    private NewsroomSession signIn(String email, String firstPage) {
        var session = NewsroomSession.signIn(port, email, PASSWORD);
        session.page(firstPage);
        return session;
    }

    private static Map<String, List<String>> term(String name, String slug, String description) {
        var fields = new LinkedHashMap<String, List<String>>();
        fields.put("name", List.of(name));
        fields.put("slug", List.of(slug));
        fields.put("description", List.of(description));
        return fields;
    }
}
