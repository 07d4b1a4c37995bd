package news.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import news.gazette.MutableClock;
import news.gazette.TestClockConfiguration;
import news.gazette.TestDataDirectory;
import news.gazette.Visitor;
import news.gazette.comments.CommentModeration;
import news.gazette.publishing.ArticleStatus;
import news.gazette.publishing.NewArticle;
import news.gazette.publishing.Publishing;

/** Readers posting comments over real HTTP: every rule of the form, as WordPress has them and a little safer. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gazette.comments.moderation-words=viagra", "gazette.comments.disallowed-words=casino,203.0.113.66",
        "gazette.comments.per-ip-per-hour=0"})
@Import(TestClockConfiguration.class)
@ExtendWith(OutputCaptureExtension.class)
class CommentPostingTests {

    private static final AtomicInteger READERS = new AtomicInteger(1);
    private static final String ARTICLE = "/2022/02/20/senora-nunez-and-the-last-ferry-to-isla-grande/";

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        String dataDir = TestDataDirectory.create("comment-posting").toString();
        registry.add("gazette.data-dir", () -> dataDir);
    }

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    CommentModeration moderation;

    @Autowired
    Publishing publishing;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PageCache pageCache;

    Visitor reader;
    String ip;

    @BeforeEach
    void newReader() {
        reader = new Visitor(port);
        ip = "198.51.100." + READERS.getAndIncrement();
        clock.advance(Duration.ofMinutes(5));
    }

    /** The form's fields as a person fills them, on the given article page. */
    private Map<String, String> form(String articlePath, String comment, String name, String email, String website) {
        Document page = Jsoup.parse(reader.get(articlePath).body());
        var fields = new LinkedHashMap<String, String>();
        for (var input : page.select("#commentform input[type=hidden]")) {
            fields.put(input.attr("name"), input.attr("value"));
        }
        fields.put("comment", comment);
        fields.put("author", name);
        fields.put("email", email);
        fields.put("url", website);
        fields.put("homepage", "");
        return fields;
    }

    private HttpResponse<String> send(Map<String, String> fields, String... headers) {
        clock.advance(Duration.ofSeconds(20));
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(URI.create(reader.url("/comments")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", ip)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return reader.send(request.build());
    }

    private HttpResponse<String> post(String comment, String name, String email) {
        return send(form(ARTICLE, comment, name, email, ""));
    }

    private static String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(303);
        return response.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }

    private static long idIn(String location) {
        return Long.parseLong(location.replaceFirst(".*#comment-", ""));
    }

    private Document page(String path) {
        return Jsoup.parse(reader.get(path).body());
    }

    /** The comment last stored from this email, for posts whose redirect does not name it. */
    private long lastCommentFrom(String email) {
        return jdbc.sql("SELECT MAX(id) FROM comment WHERE author_email = :email").param("email", email)
                .query(Long.class).single();
    }

    private long approvedOn(String articlePath) {
        String slug = articlePath.replaceAll(".*/([^/]+)/$", "$1");
        long articleId = publishing.findPublicArticle(slug).orElseThrow().id();
        return jdbc.sql("SELECT COUNT(*) FROM comment WHERE article_id = :id AND status = 'approved'")
                .param("id", articleId).query(Long.class).single();
    }

    private String statusOf(long commentId) {
        return jdbc.sql("SELECT status FROM comment WHERE id = :id").param("id", commentId).query(String.class).single();
    }

    @Test
    void aFirstCommentWaitsForModerationAndOnlyItsAuthorSeesIt() {
        String where = location(post("A first thought on the ferry.", "Lucía", "lucia@example.com"));
        long id = idIn(where);
        assertThat(where).contains("?unapproved=" + id + "&moderation-hash=");

        var asAuthor = page(where.replaceFirst("#.*", ""));
        assertThat(asAuthor.selectFirst("#comment-" + id + " .moderation-notice").text())
                .isEqualTo("Your comment is awaiting moderation.");
        assertThat(asAuthor.selectFirst("#comment-" + id + " .comment-content").text()).isEqualTo("A first thought on the ferry.");

        var asSomeoneElse = page(ARTICLE);
        assertThat(asSomeoneElse.select("#comment-" + id)).isEmpty();
        assertThat(page(ARTICLE + "?unapproved=" + id + "&moderation-hash=forged").select("#comment-" + id)).isEmpty();
        assertThat(asSomeoneElse.selectFirst("#comments-title").text())
                .isEqualTo("Comments (" + approvedOn(ARTICLE) + ")");
    }

    @Test
    void anAuthorWithAnApprovedCommentIsPublishedAtOnceAndCounted() {
        long first = idIn(location(post("Approved once.", "Marek", "marek@example.com")));
        moderation.approve(first, "editor@example.com");

        String where = location(post("And now straight through.", "Marek", "marek@example.com"));
        assertThat(where).doesNotContain("unapproved").endsWith("#comment-" + idIn(where));
        var article = page(ARTICLE);
        assertThat(article.selectFirst("#comment-" + idIn(where) + " .comment-content").text()).isEqualTo("And now straight through.");
        assertThat(article.select("#comment-" + idIn(where) + " .moderation-notice")).isEmpty();
        assertThat(article.selectFirst("#comments-title").text()).startsWith("Comments (");
        assertThat(page("/").selectFirst("a[href='" + ARTICLE + "#comments']").text())
                .isEqualTo(article.selectFirst("#comments-title").text());
    }

    @Test
    void eachFieldErrorNamesTheFieldSitsNextToItAndKeepsWhatWasTyped() {
        record Case(String comment, String name, String email, String website, String field, String message) {
        }
        var cases = List.of(
                new Case("", "Ana", "ana@example.com", "", "comment", "Please type your comment."),
                new Case("   \n  ", "Ana", "ana@example.com", "", "comment", "Please type your comment."),
                new Case("x".repeat(65_526), "Ana", "ana@example.com", "", "comment", "Your comment is too long"),
                new Case("Hello", "", "ana@example.com", "", "author", "Please enter your name."),
                new Case("Hello", "n".repeat(246), "ana@example.com", "", "author", "Your name is too long"),
                new Case("Hello", "Ana", "", "", "email", "Please enter your email address."),
                new Case("Hello", "Ana", "ana-at-example.com", "", "email", "Please enter a valid email address"),
                new Case("Hello", "Ana", "a".repeat(95) + "@x.com", "", "email", "Your email address is too long"),
                new Case("Hello", "Ana", "ana@example.com", "javascript:alert(1)", "url", "starts with http:// or https://"),
                new Case("Hello", "Ana", "ana@example.com", "ftp://files.example.com", "url", "starts with http:// or https://"),
                new Case("Hello", "Ana", "ana@example.com", "https://" + "w".repeat(200) + ".com", "url", "too long"));
        for (var c : cases) {
            var response = send(form(ARTICLE, c.comment(), c.name(), c.email(), c.website()));
            assertThat(response.statusCode()).as("status for %s", c).isEqualTo(422);
            var doc = Jsoup.parse(response.body());
            assertThat(doc.selectFirst("#" + c.field() + "-error").text()).as("error for %s", c).contains(c.message());
            assertThat(doc.selectFirst("#" + c.field()).attr("aria-invalid")).isEqualTo("true");
            assertThat(doc.selectFirst(".error-summary a[href=#" + c.field() + "]")).as("summary for %s", c).isNotNull();
            assertThat(doc.selectFirst("#comment").wholeText()).isEqualTo(c.comment());
            assertThat(doc.selectFirst("#author").val()).isEqualTo(c.name());
            assertThat(doc.selectFirst("#email").val()).isEqualTo(c.email());
            assertThat(doc.selectFirst("#url").val()).isEqualTo(c.website());
        }
    }

    @Test
    void requiredFieldsAreMarkedAndRequiredInTheBrowserToo() {
        var form = page(ARTICLE).selectFirst("#commentform");
        for (String field : List.of("comment", "author", "email")) {
            assertThat(form.selectFirst("#" + field).hasAttr("required")).as(field).isTrue();
            assertThat(form.selectFirst("label[for=" + field + "]").text()).as(field).endsWith("*");
        }
        assertThat(form.selectFirst("#url").hasAttr("required")).isFalse();
        assertThat(form.selectFirst("#comment").attr("maxlength")).isEqualTo("65525");
        assertThat(form.selectFirst("#author").attr("maxlength")).isEqualTo("245");
        assertThat(form.selectFirst("#email").attr("maxlength")).isEqualTo("100");
        assertThat(form.selectFirst("#url").attr("maxlength")).isEqualTo("200");
        assertThat(form.selectFirst("label[for=remember]").text())
                .isEqualTo("Save my name, email, and website in this browser for the next time I comment.");
    }

    @Test
    void aReplyNestsUnderItsParent() {
        long parent = idIn(location(post("Parent comment.", "Ines", "ines@example.com")));
        moderation.approve(parent, "moderator@example.com");
        var fields = form(ARTICLE, "A reply.", "Jon", "jon@example.com", "");
        fields.put("comment_parent", Long.toString(parent));
        long reply = idIn(location(send(fields)));
        moderation.approve(reply, "moderator@example.com");

        var article = page(ARTICLE);
        assertThat(article.selectFirst("#comment-" + parent + " > ol.children > #comment-" + reply)).isNotNull();
        assertThat(article.selectFirst("#comment-" + reply).hasClass("depth-2")).isTrue();
        assertThat(article.selectFirst("#comment-" + parent + " .comment-reply-link").attr("href"))
                .isEqualTo(ARTICLE + "?replytocom=" + parent + "#respond");
        assertThat(page(ARTICLE + "?replytocom=" + parent).selectFirst("#comment_parent").val()).isEqualTo(Long.toString(parent));
    }

    @Test
    void theHiddenFieldAndAFormSentTooFastMarkSpamSilently() {
        var trapped = form(ARTICLE, "Great post, visit my shop.", "Bot", "bot1@example.com", "");
        trapped.put("homepage", "https://shop.example");
        assertThat(location(send(trapped))).endsWith(ARTICLE + "#comments");
        long honeypot = lastCommentFrom("bot1@example.com");
        assertThat(statusOf(honeypot)).isEqualTo("spam");

        ip = "198.51.100.251";
        pageCache.invalidateAll(); // the form's token dates from when its page was made, cached or not
        var hasty = form(ARTICLE, "Fast typist.", "Bot", "bot2@example.com", "");
        clock.advance(Duration.ofSeconds(-19));
        assertThat(location(send(hasty))).endsWith(ARTICLE + "#comments");
        long tooFast = lastCommentFrom("bot2@example.com");
        assertThat(statusOf(tooFast)).isEqualTo("spam");
        assertThat(page(ARTICLE).select("#comment-" + honeypot + ", #comment-" + tooFast)).isEmpty();
    }

    @Test
    void aSecondCommentWithinFifteenSecondsFromOneAddressIsRefusedKeepingTheText() {
        location(post("First.", "Olga", "olga@example.com"));
        var second = form(ARTICLE, "Second, too soon.", "Olga", "olga.other@example.com", "");
        clock.advance(Duration.ofSeconds(-10));
        var refused = send(second);
        assertThat(refused.statusCode()).isEqualTo(429);
        var doc = Jsoup.parse(refused.body());
        assertThat(doc.selectFirst(".error-summary").text()).contains("posting comments too quickly");
        assertThat(doc.selectFirst("#comment").wholeText()).isEqualTo("Second, too soon.");

        ip = "198.51.100.250";
        clock.advance(Duration.ofSeconds(-25));
        assertThat(send(form(ARTICLE, "Same email, other address.", "Olga", "olga@example.com", "")).statusCode()).isEqualTo(429);
        assertThat(send(form(ARTICLE, "Later, fine.", "Olga", "olga@example.com", "")).statusCode()).isEqualTo(303);
    }

    @Test
    void anExactDuplicateIsRefusedWithAClearMessage() {
        location(post("I said this once.", "Pia", "pia@example.com"));
        var again = post("I said this once.", "Pia", "pia@example.com");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(again.body()).selectFirst(".error-summary").text()).contains("already posted this comment");
    }

    @Test
    void moderationWordsAndLinksHoldDisallowedWordsMarkSpam() {
        long first = idIn(location(post("Trusted reader.", "Quinn", "quinn@example.com")));
        moderation.approve(first, "moderator@example.com");

        long word = idIn(location(post("Cheap Viagra here.", "Quinn", "quinn@example.com")));
        assertThat(statusOf(word)).isEqualTo("pending");
        long links = idIn(location(post("See https://a.example and https://b.example", "Quinn", "quinn@example.com")));
        assertThat(statusOf(links)).isEqualTo("pending");
        long oneLink = idIn(location(post("Source: https://a.example/report", "Quinn", "quinn@example.com")));
        assertThat(statusOf(oneLink)).isEqualTo("approved");
        location(post("Best CASINO bonus", "Quinn", "quinn@example.com"));
        long casino = lastCommentFrom("quinn@example.com");
        assertThat(statusOf(casino)).isEqualTo("spam");
        ip = "203.0.113.66";
        location(post("From a blocked address", "Quinn", "quinn@example.com"));
        long blockedIp = lastCommentFrom("quinn@example.com");
        assertThat(statusOf(blockedIp)).isEqualTo("spam");
        assertThat(jdbc.sql("SELECT held_reason FROM comment WHERE id = :id").param("id", word).query(String.class).single())
                .isEqualTo("Contains the moderation word “Viagra”");
    }

    @Test
    void closedArticlesShowNoFormAndRefusePosts() {
        var author = publishing.author("daniel-okafor").orElseThrow();
        var closed = publishing.file(new NewArticle("Comments closed here", "Quiet please.", "", ArticleStatus.PUBLISHED,
                clock.instant().minusSeconds(60), author.id(), publishing.categories().getFirst().id(), List.of(), false));
        String path = "/" + java.time.format.DateTimeFormatter.ofPattern("yyyy/MM/dd")
                .format(closed.publishedAt().atZone(java.time.ZoneOffset.UTC)) + "/" + closed.slug() + "/";
        var doc = page(path);
        assertThat(doc.select("#commentform")).isEmpty();
        assertThat(doc.selectFirst(".comments-closed").text()).isEqualTo("Comments are closed.");

        var fields = form(ARTICLE, "Sneaking in.", "Ray", "ray@example.com", "");
        fields.put("comment_post_ID", Long.toString(closed.id()));
        assertThat(send(fields).statusCode()).isEqualTo(403);
    }

    @Test
    void postsFromAnotherSiteOrWithAForgedTokenAreRefused() {
        var fields = form(ARTICLE, "Cross-site.", "Sam", "sam@example.com", "");
        assertThat(send(fields, "Origin", "https://evil.example").statusCode()).isEqualTo(403);
        assertThat(send(fields, "Referer", "https://evil.example/page").statusCode()).isEqualTo(403);

        fields.put("form_token", fields.get("form_token").replaceFirst(".$", "x"));
        var forged = send(fields);
        assertThat(forged.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(forged.body()).selectFirst(".error-summary").text()).contains("form has expired");
        assertThat(Jsoup.parse(forged.body()).selectFirst("#comment").wholeText()).isEqualTo("Cross-site.");
    }

    @Test
    void rememberMeSetsASignedCookieOnlyWithConsentAndFillsTheFormNextTime() {
        var fields = form(ARTICLE, "Remember me.", "Tove", "tove@example.com", "https://tove.example");
        fields.put("remember", "yes");
        var remembered = send(fields);
        String cookie = remembered.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("gazette_commenter=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Lax").doesNotContain("Max-Age=0");
        String value = cookie.substring("gazette_commenter=".length(), cookie.indexOf(';'));

        var prefilled = Jsoup.parse(reader.get(ARTICLE, "Cookie", "gazette_commenter=" + value).body());
        assertThat(prefilled.selectFirst("#author").val()).isEqualTo("Tove");
        assertThat(prefilled.selectFirst("#email").val()).isEqualTo("tove@example.com");
        assertThat(prefilled.selectFirst("#remember").hasAttr("checked")).isTrue();
        assertThat(prefilled.select(".moderation-notice")).as("her comment awaiting moderation").isNotEmpty();

        char last = value.charAt(value.length() - 1);
        String forged = value.substring(0, value.length() - 1) + (last == 'A' ? 'B' : 'A');
        var tampered = Jsoup.parse(reader.get(ARTICLE, "Cookie", "gazette_commenter=" + forged).body());
        assertThat(tampered.selectFirst("#author").val()).isEmpty();

        var forgotten = send(form(ARTICLE, "Do not remember.", "Tove", "tove@example.com", ""));
        assertThat(forgotten.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("gazette_commenter=;").contains("Max-Age=0"));
    }

    @Test
    void commentTextIsEscapedAndItsLinksAreNotFollowed() {
        long first = idIn(location(post("Trusted.", "Uma", "uma@example.com")));
        moderation.approve(first, "moderator@example.com");
        long id = idIn(location(post("<b>bold?</b> <script>alert(1)</script>\n\nSecond paragraph www.example.org",
                "Uma <i>", "uma@example.com")));
        var html = reader.get(ARTICLE).body();
        var comment = Jsoup.parse(html).selectFirst("#comment-" + id);
        assertThat(comment.selectFirst(".comment-content").html()).isEqualTo(
                "<p>&lt;b&gt;bold?&lt;/b&gt; &lt;script&gt;alert(1)&lt;/script&gt;</p>\n"
                        + "<p>Second paragraph <a href=\"http://www.example.org\" rel=\"nofollow ugc\">www.example.org</a></p>");
        assertThat(comment.selectFirst(".fn").text()).isEqualTo("Uma <i>");
        assertThat(html).doesNotContain("<script>alert(1)");
    }

    @Test
    void aCommentersEmailNeverAppearsInAnyPublicResponse() {
        String email = "private.reader.42@example.net";
        long first = idIn(location(post("Keep my address private.", "Vera", email)));
        moderation.approve(first, "moderator@example.com");
        var fields = form(ARTICLE, "Second, approved at once.", "Vera", email, "https://vera.example");
        long second = idIn(location(send(fields)));

        var article = page(ARTICLE);
        String avatar = article.selectFirst("#comment-" + second + " img.avatar").attr("src");
        for (String path : List.of("/", ARTICLE, "/category/world/", "/author/marta-velasco/", "/2022/02/",
                "/tag/rural-life/", avatar, ARTICLE + "?unapproved=" + first + "&moderation-hash=x")) {
            var response = reader.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body().toLowerCase()).as(path).doesNotContain(email, "private.reader.42");
            assertThat(response.headers().map().toString().toLowerCase()).as(path).doesNotContain(email);
        }
        assertThat(avatar).matches("/avatar/[A-Za-z0-9_-]{22}\\.svg");
    }

    @Test
    void postsTheServerCannotReadAreRefusedPlainlyWithoutAStackTraceInTheLog(CapturedOutput log) {
        var tooLong = send(form(ARTICLE, "x".repeat(3_000_000), "Big", "big@example.com", ""));
        assertThat(tooLong.statusCode()).isEqualTo(413);
        assertThat(Jsoup.parse(tooLong.body()).selectFirst("h1").text()).isEqualTo("That is too long to accept");

        var notUtf8 = reader.send(HttpRequest.newBuilder(URI.create(reader.url("/comments")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("comment_post_ID=1&comment=%C3%28%FF&author=x&email=a%40b.c"))
                .build());
        assertThat(notUtf8.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(notUtf8.body()).selectFirst("h1").text()).isEqualTo("That request could not be understood");

        assertThat(log.getAll()).contains("whose fields could not be read (413)", "whose fields could not be read (400)")
                .doesNotContain("InvalidParameterException", "MalformedInputException");
    }
}
