package news.gazette.newsroom;

import static news.gazette.newsroom.NewsroomSession.location;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
import news.gazette.platform.SavedSettings;

/** The Settings page over real HTTP, signed in through the real form, with comments sent through the real one. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gazette.comments.minimum-fill-time=0s", "gazette.comments.flood=0s", "gazette.comments.per-ip-per-hour=0",
        "gazette.settings.refresh=PT1H"})
class SettingsDeskTests {

    private static final String PAGE = "/newsroom/settings/";
    private static final String ARTICLE = "/2022/02/20/senora-nunez-and-the-last-ferry-to-isla-grande/";
    private static final String ADMIN = "chief@example.com";
    private static final String PASSWORD = "correct horse battery staple";

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        String dataDir = TestDataDirectory.create("settings-desk").toString();
        registry.add("gazette.data-dir", () -> dataDir);
    }

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SavedSettings saved;

    NewsroomSession admin;

    @BeforeEach
    void nothingSavedAndAnAdministratorSignedIn() {
        jdbc.sql("DELETE FROM site_setting").update();
        saved.refresh();
        if (accounts.find(ADMIN).isEmpty()) {
            accounts.create(ADMIN, "Chief Editor", PASSWORD, Role.ADMINISTRATOR, null);
            accounts.create("editor@example.com", "Ed Itor", PASSWORD, Role.EDITOR, null);
            accounts.create("author@example.com", "Au Thor", PASSWORD, Role.AUTHOR, null);
            accounts.create("contributor@example.com", "Con Tributor", PASSWORD, Role.CONTRIBUTOR, null);
            accounts.create("moderator@example.com", "Mo Derator", PASSWORD, Role.MODERATOR, null);
        }
        admin = NewsroomSession.signIn(port, ADMIN, PASSWORD);
    }

    @Test
    void anAdministratorSavesTheSiteAndTheFrontPageShowsTheNewTitleAtOnce() {
        var reader = new Visitor(port);
        assertThat(Jsoup.parse(reader.get("/").body()).title()).isEqualTo("Gazette – News as it happens");

        var page = admin.page(PAGE);
        assertThat(page.selectFirst("nav[aria-label=Newsroom] a[aria-current=page]").text()).isEqualTo("Settings");
        var done = submit(page, "/newsroom/settings/site", Map.of("title", "The Island Post",
                "tagline", "Ferries, harbours & the sea", "dateFormat", "Y-m-d"));

        assertThat(location(done)).isEqualTo(PAGE + "?saved");
        var after = admin.page(location(done));
        assertThat(after.selectFirst("[role=status]").text()).isEqualTo("Settings saved.");
        assertThat(after.getElementById("title").val()).isEqualTo("The Island Post");
        assertThat(after.selectFirst(".settings-example strong").text()).matches("\\d{4}-\\d{2}-\\d{2} .*");

        var front = Jsoup.parse(reader.get("/").body());
        assertThat(front.title()).isEqualTo("The Island Post – Ferries, harbours & the sea");
        assertThat(front.selectFirst(".site-title").text()).isEqualTo("The Island Post");
        assertThat(Jsoup.parse(reader.get(ARTICLE).body()).selectFirst(".dateline time").text()).startsWith("2022-02-20 ");
        assertThat(jdbc.sql("SELECT updated_by FROM site_setting WHERE name = 'gazette.site.title'")
                .query(String.class).single()).isEqualTo(ADMIN);
    }

    @Test
    void everyoneButAdministratorsIsForbiddenThePageAndEachForm() {
        assertThat(admin.page("/newsroom/").select("nav[aria-label=Newsroom] a").eachText()).contains("Settings");
        for (String email : List.of("editor@example.com", "author@example.com", "contributor@example.com",
                "moderator@example.com")) {
            var someone = NewsroomSession.signIn(port, email, PASSWORD);
            assertThat(someone.page("/newsroom/").select("nav[aria-label=Newsroom] a").eachText())
                    .doesNotContain("Settings");
            assertThat(someone.get(PAGE).statusCode()).as(email).isEqualTo(403);
            for (String form : List.of("site", "comments", "email", "email/test")) {
                assertThat(someone.post(PAGE + form, Map.of("title", List.of("Taken over"))).statusCode())
                        .as(email + " posting " + form).isEqualTo(403);
            }
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM site_setting").query(Long.class).single()).isZero();
        assertThat(location(NewsroomSession.signedOut(port).get(PAGE))).isEqualTo("/login");
    }

    @Test
    void aFormSentWithoutItsCsrfTokenIsRefusedAndChangesNothing() {
        admin.page(PAGE);
        var refused = admin.postWithoutToken(PAGE + "site", Map.of("title", List.of("Forged"), "tagline", List.of(""),
                "baseUrl", List.of("http://localhost"), "timezone", List.of("UTC"), "dateFormat", List.of("F j, Y"),
                "timeFormat", List.of("g:i a"), "articlesPerPage", List.of("10")));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM site_setting").query(Long.class).single()).isZero();
        assertThat(Jsoup.parse(new Visitor(port).get("/").body()).title()).doesNotContain("Forged");
    }

    @Test
    void eachWrongSiteFieldIsNamedBesideItAndInTheSummaryAndWhatWasTypedStays() {
        var typed = Map.of("title", "  ", "baseUrl", "news.example.com", "timezone", "Mars/Olympus",
                "dateFormat", "F j, Y Q", "timeFormat", "", "articlesPerPage", "101", "tagline", "Kept <as typed>");

        var answer = submit(admin.page(PAGE), "/newsroom/settings/site", typed);

        assertThat(answer.statusCode()).isEqualTo(422);
        var page = Jsoup.parse(answer.body());
        assertThat(page.title()).startsWith("Error: Settings");
        assertErrors(page, Map.of(
                "title", "Site title: must not be blank",
                "baseUrl", "Site address (URL): must be an http or https address like https://news.example.com",
                "timezone", "Time zone: not a known time zone (use a name like Europe/Madrid)",
                "dateFormat", "Date format: uses the letter 'Q', which Gazette does not support; escape it as \\Q to print it as is",
                "timeFormat", "Time format: must not be blank",
                "articlesPerPage", "Articles per page: must be a whole number from 1 to 100"));
        typed.forEach((field, value) -> assertThat(value(page.getElementById(field))).as(field).isEqualTo(value));
        assertThat(answer.body()).contains("Kept &lt;as typed").doesNotContain("<as typed>");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM site_setting").query(Long.class).single()).isZero();
    }

    @Test
    void eachWrongCommentRuleIsNamedBesideItAndInTheSummaryAndWhatWasTypedStays() {
        var typed = Map.of("holdLinks", "-1", "flood", "soon", "perIpPerHour", "1.5", "minimumFillTime", "-3",
                "threadDepth", "11", "perPage", "0", "closeAfter", "a month", "forgetAddressesAfter", "36526",
                "moderationWords", "viagra\ncasino");

        var answer = submit(admin.page(PAGE), "/newsroom/settings/comments", typed);

        assertThat(answer.statusCode()).isEqualTo(422);
        var page = Jsoup.parse(answer.body());
        assertErrors(page, Map.of(
                "holdLinks", "Links that hold a comment: must be a whole number, 0 or more",
                "flood", "Seconds between comments: must be a whole number of seconds, 0 or more",
                "perIpPerHour", "Comments an hour from one IP address: must be a whole number, 0 or more",
                "minimumFillTime", "Seconds before a comment may be sent: must be a whole number of seconds, 0 or more",
                "threadDepth", "Levels of threaded comments: must be a whole number from 1 to 10",
                "perPage", "Comments per page: must be a whole number, 1 or more",
                "closeAfter", "Days before comments close: must be a whole number of days, 0 or more",
                "forgetAddressesAfter", "Days before IP addresses are forgotten: must be at most a hundred years"));
        typed.forEach((field, value) -> assertThat(value(page.getElementById(field))).as(field).isEqualTo(value));
        assertThat(page.getElementById("holdFirstComment").hasAttr("checked")).isTrue();
    }

    @Test
    void eachWrongEmailFieldIsNamedBesideItAndInTheSummaryAndWhatWasTypedStays() {
        var typed = Map.of("host", "smtp example com", "port", "70000", "from", "two@example.com, three@example.com",
                "username", "gazette@example.com");

        var answer = submit(admin.page(PAGE), "/newsroom/settings/email", typed);

        assertThat(answer.statusCode()).isEqualTo(422);
        var page = Jsoup.parse(answer.body());
        assertErrors(page, Map.of(
                "host", "SMTP host: must be a host name like smtp.example.com, or left blank",
                "port", "Port: must be a whole number from 1 to 65535",
                "from", "From: must be one address like \"Gazette <noreply@news.example.com>\""));
        typed.forEach((field, value) -> assertThat(value(page.getElementById(field))).as(field).isEqualTo(value));

        var forged = admin.post(PAGE + "email", Map.of("host", List.of(""), "port", List.of("25"),
                "security", List.of("carrier-pigeon"), "username", List.of(""), "from", List.of("a@example.com")));
        assertErrors(Jsoup.parse(forged.body()), Map.of("security", "Security: must be None, STARTTLS or SSL/TLS"));
    }

    @Test
    void theSmtpPasswordIsNeverShownBackABlankOneKeepsItAndItCanBeRemoved() {
        String secret = "s3cret-Pässword-<x>";
        var wrong = submit(admin.page(PAGE), "/newsroom/settings/email", Map.of("host", "mail.example.com",
                "port", "587", "security", "starttls", "username", "gazette", "password", secret, "from", "nobody"));
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).doesNotContain(secret).doesNotContain("s3cret");
        assertThat(Jsoup.parse(wrong.body()).getElementById("password").val()).isEmpty();

        location(submit(admin.page(PAGE), "/newsroom/settings/email", Map.of("host", "mail.example.com",
                "port", "587", "security", "starttls", "username", "gazette", "password", secret)));
        assertThat(savedValue("spring.mail.password")).isEqualTo(secret);
        var page = admin.get(PAGE).body();
        assertThat(page).doesNotContain("s3cret");
        assertThat(Jsoup.parse(page).getElementById("password-hint").text()).startsWith("A password is set");
        assertThat(Jsoup.parse(page).getElementById("security").selectFirst("option[selected]").text())
                .isEqualTo("STARTTLS");

        location(submit(Jsoup.parse(page), "/newsroom/settings/email", Map.of("port", "2525")));
        assertThat(savedValue("spring.mail.port")).isEqualTo("2525");
        assertThat(savedValue("spring.mail.password")).isEqualTo(secret);

        location(submit(admin.page(PAGE), "/newsroom/settings/email", Map.of("removePassword", "on")));
        assertThat(savedValue("spring.mail.password")).isEmpty();
        assertThat(admin.page(PAGE).getElementById("password-hint").text()).isEqualTo("No password is set.");
    }

    @Test
    void turningOffHoldFirstCommentPublishesTheNextFirstComment() {
        assertThat(postComment("A first comment, held.", "Ana", "ana@example.com")).isEqualTo("pending");

        var page = admin.page(PAGE);
        assertThat(page.getElementById("holdFirstComment").hasAttr("checked")).isTrue();
        location(submit(page, "/newsroom/settings/comments", Map.of("holdFirstComment", "")));

        assertThat(admin.page(PAGE).getElementById("holdFirstComment").hasAttr("checked")).isFalse();
        assertThat(postComment("A first comment, published.", "Ben", "ben@example.com")).isEqualTo("approved");
        assertThat(new Visitor(port).get(ARTICLE).body()).contains("A first comment, published.");
    }

    @Test
    void aDisallowedWordAndAFloodPauseSetOnThePageApplyToTheNextComments() {
        location(submit(admin.page(PAGE), "/newsroom/settings/comments", Map.of("holdFirstComment", "",
                "disallowedWords", "  casino \n\n  cheap pills\n", "flood", "20")));
        assertThat(savedValue("gazette.comments.disallowed-words")).isEqualTo("casino\ncheap pills");
        assertThat(savedValue("gazette.comments.flood")).isEqualTo("20s");
        assertThat(value(admin.page(PAGE).getElementById("disallowedWords"))).isEqualTo("casino\ncheap pills");

        assertThat(postComment("Try the Casino tonight.", "Cy", "cy@example.com")).isEqualTo("spam");
        var tooSoon = sendComment("Nothing to sell here.", "Di", "di@example.com");
        assertThat(tooSoon.statusCode()).isEqualTo(429);
        assertThat(Jsoup.parse(tooSoon.body()).selectFirst(".error-summary").text()).contains("too quickly");
    }

    private static void assertErrors(Document page, Map<String, String> expected) {
        var summary = page.select(".error-summary a");
        assertThat(summary.eachAttr("href")).containsExactlyInAnyOrderElementsOf(
                expected.keySet().stream().map(field -> "#" + field).toList());
        expected.forEach((field, message) -> {
            assertThat(page.getElementById(field + "-error")).as(field).isNotNull();
            assertThat(page.getElementById(field + "-error").text()).isEqualTo("Error: " + message);
            assertThat(summary.select("a[href=#" + field + "]").text()).isEqualTo(message);
            assertThat(page.getElementById(field).attr("aria-invalid")).as(field).isEqualTo("true");
        });
    }

    /** Sends the form with this action as a browser would, with some fields changed; "" unticks a checkbox. */
    private java.net.http.HttpResponse<String> submit(Document page, String action, Map<String, String> changes) {
        Element form = page.selectFirst("form[action=" + action + "]");
        var fields = new LinkedHashMap<String, List<String>>();
        for (Element field : form.select("input[name], textarea[name], select[name]")) {
            String name = field.attr("name");
            String type = field.attr("type");
            if (type.equals("checkbox") && !field.hasAttr("checked")) {
                continue;
            }
            String value = field.tagName().equals("select")
                    ? field.select("option[selected]").stream().findFirst().map(o -> o.attr("value")).orElse("")
                    : value(field);
            fields.put(name, List.of(value));
        }
        changes.forEach((name, value) -> {
            if (value.isEmpty() && form.selectFirst("input[type=checkbox][name=" + name + "]") != null) {
                fields.remove(name);
            } else {
                fields.put(name, List.of(value));
            }
        });
        fields.remove("_csrf");
        return admin.post(action, fields);
    }

    private static String value(Element field) {
        return field.tagName().equals("textarea") ? field.wholeText() : field.attr("value");
    }

    private String savedValue(String name) {
        return jdbc.sql("SELECT value FROM site_setting WHERE name = ?").param(name).query(String.class).single();
    }

    /** Posts through the article's public form; returns the stored comment's status. */
    private String postComment(String comment, String name, String email) {
        var response = sendComment(comment, name, email);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(303);
        return jdbc.sql("SELECT status FROM comment WHERE author_email = ? ORDER BY id DESC").param(email)
                .query(String.class).list().getFirst();
    }

    private java.net.http.HttpResponse<String> sendComment(String comment, String name, String email) {
        var reader = new Visitor(port);
        Document page = Jsoup.parse(reader.get(ARTICLE).body());
        var fields = new LinkedHashMap<String, String>();
        for (var input : page.select("#commentform input[type=hidden]")) {
            fields.put(input.attr("name"), input.attr("value"));
        }
        fields.putAll(Map.of("comment", comment, "author", name, "email", email, "url", "", "homepage", ""));
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return reader.send(HttpRequest.newBuilder(URI.create(reader.url("/comments")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }
}
