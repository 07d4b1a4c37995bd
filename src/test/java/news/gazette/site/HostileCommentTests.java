package news.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import news.gazette.platform.Permalinks;
import news.gazette.BrowserPerClass;
import news.gazette.TestDataDirectory;
import news.gazette.Visitor;
import news.gazette.publishing.ArticleStatus;
import news.gazette.publishing.NewArticle;
import news.gazette.publishing.Publishing;

/**
 * Hostile text as a commenter's name, website and comment: script tags, event handlers, script URLs, SVG and MathML
 * tricks, broken markup, attribute breakouts, encodings, control and invisible characters, very long strings; ours,
 * then the PayloadsAllTheThings XSS lists and the Big List of Naughty Strings from {@code ../shared/corpora}.
 * Every post is stored (303) or sent back with its errors (422), never a server error. Every page of every thread
 * that holds them is then read in chromium with JavaScript on: no dialog opens, no payload's {@code window.__xss}
 * is set, the comments hold only the markup the site writes, and what was accepted reads back as typed. Every
 * page sent back with errors holds the text as typed and nothing executable.
 */
@ExtendWith(BrowserPerClass.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // every post is shown at once and none is turned away for its pace: each one reaches a page
        "gazette.comments.hold-first-comment=false", "gazette.comments.hold-links=0", "gazette.comments.flood=0s",
        "gazette.comments.per-ip-per-hour=0", "gazette.comments.minimum-fill-time=0s"})
class HostileCommentTests {

    private static final Path CORPORA = Path.of("..", "shared", "corpora");
    private static final int VECTORS_PER_ARTICLE = 150;
    private static final Pattern ACCEPTED = Pattern.compile("#comment-(\\d+)$");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
            "data", "poster", "background", "cite", "codebase", "lowsrc", "dynsrc", "ping", "srcset");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\r\\t]]");

    /** Ours: many set {@code window.__xss} rather than open a dialog, so a run shows which one got through. */
    static final List<String> OWN_VECTORS = List.of(
            "<script>window.__xss=1</script>",
            "<ScRiPt>window.__xss=1</sCrIpT>",
            "<script src=//example.invalid/x.js></script>",
            "<script>alert(document.domain)</script>",
            "<img src=x onerror=\"window.__xss=1\">",
            "<img src=x onerror=window.__xss=1//",
            "<IMG SRC=x OnErRoR=window.__xss=1>",
            "<svg onload=window.__xss=1>",
            "<svg/onload=window.__xss=1//",
            "<svg><script>window.__xss=1</script></svg>",
            "<svg><a xlink:href=\"javascript:window.__xss=1\"><text x=\"20\" y=\"20\">tap</text></a></svg>",
            "<svg><style><img src=x onerror=window.__xss=1></style></svg>",
            "<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1></style></mglyph></table></mtext></math>",
            "<math href=\"javascript:window.__xss=1\">tap</math>",
            "<noscript><p title=\"</noscript><img src=x onerror=window.__xss=1>\">",
            "<body onload=window.__xss=1>",
            "<iframe src=\"javascript:parent.__xss=1\"></iframe>",
            "<iframe srcdoc=\"<script>parent.__xss=1</script>\"></iframe>",
            "<a href=\"javascript:window.__xss=1\">tap</a>",
            "<a href=\"JaVaScRiPt:window.__xss=1\">tap</a>",
            "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;window.__xss=1\">tap</a>",
            "<a href=\"java&#x09;script:window.__xss=1\">tap</a>",
            "<a href=\" &#14;  javascript:window.__xss=1\">tap</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3M9MTwvc2NyaXB0Pg==\">tap</a>",
            "<a href=\"vbscript:msgbox(1)\">tap</a>",
            "<a href=\"https://example.com/\" onclick=\"window.__xss=1\">a real link with a handler</a>",
            "\"><script>window.__xss=1</script>",
            "'><img src=x onerror=window.__xss=1>",
            "`><img src=x onerror=window.__xss=1>",
            "\" onmouseover=\"window.__xss=1\" x=\"",
            "' autofocus onfocus='window.__xss=1",
            "\" autofocus onfocus=window.__xss=1 x=\"",
            "</textarea><script>window.__xss=1</script>",
            "</title><script>window.__xss=1</script>",
            "</p></div></article></li></ol></section><script>window.__xss=1</script>",
            "<!--<img src=\"--><img src=x onerror=window.__xss=1//\">",
            "<<script>script>window.__xss=1<</script>/script>",
            "<scr<script>ipt>window.__xss=1</scr</script>ipt>",
            "&lt;script&gt;window.__xss=1&lt;/script&gt;",
            "&#60;script&#62;window.__xss=1&#60;/script&#62;",
            "%3Cscript%3Ewindow.__xss=1%3C/script%3E",
            "\\u003cscript\\u003ewindow.__xss=1\\u003c/script\\u003e",
            "<div style=\"background:url(javascript:window.__xss=1)\">styled</div>",
            "<style>@import 'javascript:window.__xss=1';</style>",
            "<object data=\"javascript:window.__xss=1\"></object>",
            "<embed src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9cGFyZW50Ll9feHNzPTE+\">",
            "<base href=\"javascript:window.__xss=1//\">",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:window.__xss=1\">",
            "<form action=\"javascript:window.__xss=1\"><button>go</button></form>",
            "<button formaction=\"javascript:window.__xss=1\">go</button>",
            "<input autofocus onfocus=window.__xss=1>",
            "<details open ontoggle=window.__xss=1>",
            "<video><source onerror=\"window.__xss=1\">",
            "<img src=\"x\"\nonerror=window.__xss=1>",
            "{{constructor.constructor('window.__xss=1')()}}",
            "${window.__xss=1}",
            "javascript:window.__xss=1",
            "JAVASCRIPT:window.__xss=1",
            " javascript:window.__xss=1",
            "data:text/html,<script>parent.__xss=1</script>",
            "vbscript:msgbox(1)",
            "https://example.com/\"><script>window.__xss=1</script>",
            "https://example.com/?q=<svg/onload=window.__xss=1>",
            "https://example.com/path?a=1&b='2'#frag",
            "www.example.com/\"onmouseover=\"window.__xss=1",
            "See https://example.com/<script>window.__xss=1</script> and http://example.org/?a=1&b=2 too.",
            "\u202Egnp.exe — right-to-left override",
            "zero\u200Bwidth\u200Cnon\u200Djoiner\uFEFFbom",
            "NUL\u0000byte<script>window.__xss=1</script>",
            "<scr\u0000ipt>window.__xss=1</scr\u0000ipt>",
            "bell\u0007escape\u001B[31mred\u001B[0m and delete\u007F",
            "line one\r\nline two\rline three\n\nnew paragraph\n\n\n\nlast",
            "Z\u0335\u0321\u032Aa\u0336l\u0337g\u0338o\u0335 and a family \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
            "lone surrogate \uD800 here",
            "\u2028line separator\u2029paragraph separator",
            "x".repeat(245),
            "y".repeat(246),
            "A".repeat(65_525),
            "<script>window.__xss=1</script>".repeat(3_000));

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        String dataDir = TestDataDirectory.create("hostile-comments").toString();
        registry.add("gazette.data-dir", () -> dataDir);
    }

    @BrowserPerClass.Open
    static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    Publishing publishing;

    @Autowired
    Permalinks permalinks;

    @BeforeAll
    static void recordDialogs() {
        // a dialog is recorded as well as shown, so a payload that opens one is named even if the dialog goes
        ((ChromiumDriver) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                ['alert', 'confirm', 'prompt', 'print'].forEach(function (name) {
                  var original = window[name];
                  window[name] = function () {
                    (window.__dialogs = window.__dialogs || []).push(name + '(' + Array.prototype.join.call(arguments, ',') + ')');
                    return original.apply(window, arguments);
                  };
                });
                """));
    }

    @Test
    void ownVectorsNeverRunAsNameWebsiteOrComment(TestReporter reporter) {
        assertThat(OWN_VECTORS).hasSizeGreaterThanOrEqualTo(40).doesNotHaveDuplicates();
        exercise("Own hostile input", OWN_VECTORS, reporter);
    }

    @Test
    void payloadsAllTheThingsXssListsNeverRun(TestReporter reporter) throws IOException {
        Path lists = CORPORA.resolve("payloadsallthethings").resolve("xss");
        assumeTrue(Files.isDirectory(lists), lists + " is not beside this checkout: the PayloadsAllTheThings XSS lists were not posted");
        var vectors = new LinkedHashSet<String>();
        try (Stream<Path> files = Files.list(lists)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank()).forEach(vectors::add);
            }
        }
        vectors.removeAll(OWN_VECTORS);
        assertThat(vectors).hasSizeGreaterThan(1_000);
        exercise("PayloadsAllTheThings", List.copyOf(vectors), reporter);
    }

    @Test
    void naughtyStringsNeverBreakAPage(TestReporter reporter) throws IOException {
        Path list = CORPORA.resolve("blns").resolve("blns.json");
        assumeTrue(Files.isReadable(list), list + " is not beside this checkout: the Big List of Naughty Strings was not posted");
        var vectors = new LinkedHashSet<>(new tools.jackson.databind.ObjectMapper().readValue(list.toFile(),
                new tools.jackson.core.type.TypeReference<List<String>>() { }));
        vectors.removeAll(OWN_VECTORS);
        assertThat(vectors).hasSizeGreaterThan(400);
        exercise("Naughty strings", List.copyOf(vectors), reporter);
    }

    @Test
    void escapesMarkupInCommentsNamesAndWebsitesExactly() {
        var visitor = new Visitor(port);
        String path = anArticle("Exact escaping");
        var form = blankForm(visitor, path);
        assertThat(post(visitor, form, "<script>window.__xss=1</script>", "Ana", "ana@example.com", "").statusCode())
                .isEqualTo(303);
        assertThat(post(visitor, form, "Hello.", "\"><b onmouseover=alert(1)>Bo</b>", "bo@example.com", "").statusCode())
                .isEqualTo(303);
        assertThat(post(visitor, form, "My site.", "Cy", "cy@example.com", "https://example.com/?a=1&b='2'").statusCode())
                .isEqualTo(303);
        assertThat(post(visitor, form, "&lt;b&gt; is how you write <b>", "Di", "di@example.com", "").statusCode())
                .isEqualTo(303);
        assertThat(post(visitor, form, "See https://example.com/?a=1&b=\"2\"", "Ed", "ed@example.com", "").statusCode())
                .isEqualTo(303);

        String html = visitor.get(path).body();

        assertThat(html).contains("<div class=\"comment-content\"><p>&lt;script&gt;window.__xss&#61;1&lt;/script&gt;</p></div>");
        assertThat(html).contains("<span class=\"fn\">\"&gt;&lt;b onmouseover=alert(1)&gt;Bo&lt;/b&gt;</span>");
        // in a quoted attribute only the quote and the start of a tag need escaping
        assertThat(html).contains("data-author=\"&#34;>&lt;b onmouseover=alert(1)>Bo&lt;/b>\"");
        assertThat(html).contains("<a class=\"fn\" href=\"https://example.com/?a=1&amp;b=&#39;2&#39;\" rel=\"nofollow ugc external\">Cy</a>");
        assertThat(html).contains("<p>&amp;lt;b&amp;gt; is how you write &lt;b&gt;</p>");
        assertThat(html).contains("<p>See <a href=\"https://example.com/?a&#61;1&amp;b&#61;\" rel=\"nofollow ugc\">"
                + "https://example.com/?a&#61;1&amp;b&#61;</a>&#34;2&#34;</p>");
        assertThat(html).doesNotContain("<script>window", "<b onmouseover");

        var sentBack = post(visitor, form, "</textarea><script>window.__xss=1</script>",
                "\"><script>window.__xss=1</script>", "not an address", "javascript:alert(1)");
        assertThat(sentBack.statusCode()).isEqualTo(422);
        assertThat(sentBack.body())
                .contains("value=\"&#34;>&lt;script>window.__xss=1&lt;/script>\"")
                .contains("value=\"javascript:alert(1)\"")
                .contains(">&lt;/textarea&gt;&lt;script&gt;window.__xss=1&lt;/script&gt;</textarea>")
                .doesNotContain("<script>window");
    }

    @Test
    void formsSentBackWithErrorsKeepHostileTextWithoutRunningIt(TestReporter reporter) {
        String path = anArticle("Hostile text sent back");
        browser.get("http://localhost:" + port + path);
        var page = (JavascriptExecutor) browser;
        int inPlace = 0;
        for (int i = 0; i < OWN_VECTORS.size(); i++) {
            String vector = asUtf8(OWN_VECTORS.get(i));
            // the email is never right, so every form comes back; the script posts half of them itself
            @SuppressWarnings("unchecked")
            var typed = (List<String>) page.executeScript("""
                    var fields = ['comment', 'author', 'email', 'url'].map(function (id) { return document.getElementById(id); });
                    fields[0].value = fields[1].value = fields[3].value = arguments[0];
                    fields[2].value = 'not an address';
                    return fields.map(function (field) { return field.value; });
                    """, vector);
            var before = browser.findElement(By.id("comment"));
            if (i % 2 == 0) {
                browser.findElement(By.id("submit")).click();
                inPlace++;
            } else {
                page.executeScript("HTMLFormElement.prototype.submit.call(document.getElementById('commentform'));");
            }
            String described = visible(vector);
            try {
                new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(WebDriverException.class)
                        .until(ExpectedConditions.stalenessOf(before));
                new WebDriverWait(browser, Duration.ofSeconds(20))
                        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
                assertNoDialog(described);
                @SuppressWarnings("unchecked")
                var found = (Map<String, Object>) page.executeScript(INSPECT);
                assertThat((List<String>) found.get("problems")).as(described).isEmpty();
                @SuppressWarnings("unchecked")
                var kept = (List<String>) page.executeScript("""
                        return ['comment', 'author', 'email', 'url'].map(function (id) { return document.getElementById(id).value; });
                        """);
                assertThat(kept).as(described).containsExactlyElementsOf(
                        typed.stream().map(value -> value.replace('\u0000', '\uFFFD')).toList());
            } catch (UnhandledAlertException e) {
                throw new AssertionError("a dialog opened for " + described + ": " + e.getAlertText(), e);
            }
        }
        reporter.publishEntry("Forms sent back", "%d vectors as name, website and comment, %d posted in place"
                .formatted(OWN_VECTORS.size(), inPlace));
    }

    // ---------------------------------------------------------------------------------------------------------

    enum Field { COMMENT, NAME, WEBSITE }

    record Sent(Field field, String vector, String comment, String author, String email, String url) {

        String describe() {
            return field + " " + visible(vector);
        }
    }

    /** Posts every vector as comment, name and website, then reads every page of every thread they went to. */
    private void exercise(String label, List<String> vectors, TestReporter reporter) {
        var visitor = new Visitor(port);
        int article = 0;
        int shown = 0;
        int sentBack = 0;
        int pages = 0;
        for (int from = 0; from < vectors.size(); from += VECTORS_PER_ARTICLE) {
            String path = anArticle(label + " " + ++article);
            var form = blankForm(visitor, path);
            var accepted = new LinkedHashMap<Long, Sent>();
            int n = 0;
            for (String vector : vectors.subList(from, Math.min(vectors.size(), from + VECTORS_PER_ARTICLE))) {
                for (Field field : Field.values()) {
                    n++;
                    String typed = asUtf8(vector);
                    var sent = new Sent(field, vector,
                            field == Field.COMMENT ? typed : "Comment " + n + " on " + path,
                            field == Field.NAME ? typed : "Reader " + n,
                            "reader-" + n + "@example.com",
                            field == Field.WEBSITE ? typed : "");
                    var response = post(visitor, form, sent.comment(), sent.author(), sent.email(), sent.url());
                    assertThat(response.statusCode()).as("%s: status", sent.describe()).isIn(303, 422);
                    if (response.statusCode() == 303) {
                        String location = response.headers().firstValue("Location").orElseThrow();
                        var id = ACCEPTED.matcher(location);
                        assertThat(id.find()).as("%s: shown at once, went to %s", sent.describe(), location).isTrue();
                        assertThat(URI.create(location).getPath()).isEqualTo(path);
                        accepted.put(Long.parseLong(id.group(1)), sent);
                        shown++;
                    } else {
                        assertSentBack(response.body(), sent);
                        sentBack++;
                    }
                }
            }
            pages += readEveryPage(path, accepted);
        }
        reporter.publishEntry(label, "%d vectors, %d posts: %d shown, %d sent back with errors; %d pages of %d articles read"
                .formatted(vectors.size(), shown + sentBack, shown, sentBack, pages, article));
    }

    /** What a form can carry: a lone surrogate goes as "?". */
    private static String asUtf8(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> post(Visitor visitor, BlankForm blank, String comment, String author,
                                             String email, String url) {
        var form = new LinkedHashMap<String, String>();
        form.put("comment_post_ID", blank.articleId());
        form.put("comment_parent", "0");
        form.put("comment", comment);
        form.put("author", author);
        form.put("email", email);
        form.put("url", url);
        form.put("remember", "yes");
        form.put("form_token", blank.token());
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .reduce((a, b) -> a + "&" + b).orElseThrow();
        return visitor.send(HttpRequest.newBuilder(URI.create(visitor.url("/comments")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build());
    }

    /** The article again with its errors: the text as typed in the form, and nothing executable anywhere. */
    private static void assertSentBack(String html, Sent sent) {
        Document page = Jsoup.parse(html);
        assertThat(hazards(page)).as("%s: page sent back with errors", sent.describe()).isEmpty();
        assertThat(page.select(".error-summary li")).as("%s: an error is shown", sent.describe()).isNotEmpty();
        assertThat(parsed(page.selectFirst("#author").attr("value"))).as("%s: name kept", sent.describe())
                .isEqualTo(parsed(sent.author()));
        assertThat(parsed(page.selectFirst("#email").attr("value"))).as("%s: email kept", sent.describe())
                .isEqualTo(parsed(sent.email()));
        assertThat(parsed(page.selectFirst("#url").attr("value"))).as("%s: website kept", sent.describe())
                .isEqualTo(parsed(sent.url()));
        assertThat(parsed(page.selectFirst("#comment").wholeText())).as("%s: comment kept", sent.describe())
                .isEqualTo(parsed(sent.comment()));
    }

    /**
     * Text as any HTML parser gives back what the site escaped: NUL as U+FFFD. Line breaks are left out, as parsers
     * differ on them (jsoup drops a lone CR in an attribute, a textarea drops its first LF).
     */
    private static String parsed(String text) {
        return text.replace("\r", "").replace("\n", "").replace('\u0000', '\uFFFD');
    }

    /**
     * Script elements besides the site's own, on* attributes, script URLs where a URL goes, and elements that load
     * or redirect.
     */
    private static List<String> hazards(Document page) {
        var found = new ArrayList<String>();
        for (Element script : page.select("script")) {
            if (!script.attr("src").equals("/assets/comments.js") || !script.data().isEmpty()) {
                found.add("script " + script.outerHtml());
            }
        }
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(java.util.Locale.ROOT);
                if (name.startsWith("on")) {
                    found.add(element.tagName() + " has " + name);
                }
                if (URL_ATTRIBUTES.contains(name) && isScriptUrl(attribute.getValue())) {
                    found.add(element.tagName() + " " + name + "=" + attribute.getValue());
                }
            }
        }
        page.select("iframe, frame, object, embed, base, meta[http-equiv], style, svg, math, body form:not(#commentform)")
                .forEach(element -> found.add("element " + element.tagName()));
        return found;
    }

    private static boolean isScriptUrl(String value) {
        String squeezed = value.replaceAll("[\\x00-\\x20\\x7f-\\x9f]", "").toLowerCase(java.util.Locale.ROOT);
        return squeezed.startsWith("javascript:") || squeezed.startsWith("vbscript:") || squeezed.startsWith("data:");
    }

    // ---------------------------------------------------------------------------------------------------------

    /**
     * Runs in the page: what is wrong with it, and what each comment shows. Inside the comment list only the
     * elements the site writes may appear; nowhere may there be an on* attribute or a script URL; the only script
     * is the site's own.
     */
    private static final String INSPECT = """
            var problems = [];
            var urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background',
              'cite', 'codebase', 'lowsrc', 'dynsrc', 'ping', 'srcset'];
            var written = ['LI', 'ARTICLE', 'FOOTER', 'IMG', 'P', 'SPAN', 'A', 'TIME', 'DIV', 'BR', 'OL'];
            document.querySelectorAll('.comment-list *').forEach(function (element) {
              if (written.indexOf(element.tagName) < 0) {
                var li = element.closest('li.comment');
                problems.push(element.tagName + ' in ' + (li ? li.id : 'the list'));
              }
            });
            document.querySelectorAll('.comment-list img').forEach(function (img) {
              if ((img.getAttribute('src') || '').indexOf('/avatar/') !== 0) {
                problems.push('img ' + img.getAttribute('src'));
              }
            });
            document.querySelectorAll('*').forEach(function (element) {
              Array.prototype.forEach.call(element.attributes, function (attribute) {
                var name = attribute.name.toLowerCase();
                var value = attribute.value.replace(/[\\u0000-\\u0020\\u007f-\\u009f]/g, '').toLowerCase();
                if (name.indexOf('on') === 0) {
                  problems.push(element.tagName + ' has ' + name);
                }
                if (urlAttributes.indexOf(name) >= 0 && /^(javascript|vbscript|data):/.test(value)) {
                  problems.push(element.tagName + ' ' + name + '=' + attribute.value);
                }
              });
            });
            var scripts = Array.prototype.map.call(document.scripts, function (s) { return s.getAttribute('src'); });
            if (scripts.length !== 1 || scripts[0] !== '/assets/comments.js') {
              problems.push('scripts ' + scripts.join(' '));
            }
            if (typeof window.__xss !== 'undefined') {
              problems.push('window.__xss was set');
            }
            if (window.__dialogs) {
              problems.push('dialogs ' + window.__dialogs.join(' '));
            }
            var comments = Array.prototype.map.call(document.querySelectorAll('li.comment'), function (li) {
              var author = li.querySelector(':scope > article .fn');
              return {
                id: li.id,
                name: author.textContent,
                website: author.tagName === 'A' ? author.getAttribute('href') : '',
                text: li.querySelector(':scope > article .comment-content').textContent
              };
            });
            var next = document.querySelector('.comment-pagination a[rel=next]');
            return {
              problems: problems,
              comments: comments,
              title: document.getElementById('comments-title').textContent,
              next: next ? next.getAttribute('href') : null
            };
            """;

    /** Follows the thread from its first page to its last, checking each, until every accepted comment was seen. */
    @SuppressWarnings("unchecked")
    private int readEveryPage(String path, Map<Long, Sent> accepted) {
        var seen = new HashMap<Long, Map<String, Object>>();
        String page = path;
        int pages = 0;
        while (page != null) {
            pages++;
            Map<String, Object> found;
            try {
                browser.get("http://localhost:" + port + page);
                assertNoDialog(page);
                found = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript(INSPECT);
            } catch (UnhandledAlertException e) {
                throw new AssertionError("a dialog opened on " + page + ": " + e.getAlertText(), e);
            }
            assertThat((List<String>) found.get("problems")).as("on %s", page).isEmpty();
            assertThat(found.get("title")).as("on %s", page).isEqualTo("Comments (" + accepted.size() + ")");
            for (var comment : (List<Map<String, Object>>) found.get("comments")) {
                seen.put(Long.parseLong(((String) comment.get("id")).substring("comment-".length())), comment);
            }
            page = (String) found.get("next");
            if (page != null) {
                page = page.substring(0, page.indexOf('#'));
            }
        }
        assertThat(pages).isEqualTo(Math.max(1, (accepted.size() + 49) / 50));
        assertThat(seen.keySet()).as("every accepted comment is on a page of %s", path).isEqualTo(accepted.keySet());
        accepted.forEach((id, sent) -> assertReadsBack(sent, seen.get(id)));
        return pages;
    }

    private static void assertNoDialog(String page) {
        try {
            var alert = browser.switchTo().alert();
            throw new AssertionError("a dialog opened on " + page + ": " + alert.getText());
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }

    /** What was accepted shows as typed, after the site's documented clean-up of the text. */
    private static void assertReadsBack(Sent sent, Map<String, Object> shown) {
        assertThat(shown.get("name")).as("%s: name", sent.describe()).isEqualTo(singleLine(sent.author()));
        String website = singleLine(sent.url());
        assertThat(shown.get("website")).as("%s: website", sent.describe())
                .isEqualTo(website.isEmpty() || website.contains(":") ? website : "https://" + website);
        assertThat(withoutSpace((String) shown.get("text"))).as("%s: comment", sent.describe())
                .isEqualTo(withoutSpace(asSanitised(CONTROL.matcher(sent.comment()).replaceAll(""))));
    }

    /**
     * What the sanitiser leaves out on purpose: Unicode's noncharacters (U+FFFE and the like), which are not for
     * interchange, and a zero-width non-joiner after Indic letters, the "Telugu bomb" that crashed some phones.
     */
    private static String asSanitised(String text) {
        var kept = new StringBuilder();
        text.codePoints().forEach(c -> {
            boolean noncharacter = (c & 0xFFFE) == 0xFFFE || c >= 0xFDD0 && c <= 0xFDEF;
            boolean afterIndic = c == 0x200C && !kept.isEmpty() && kept.charAt(kept.length() - 1) >= 0x0900
                    && kept.charAt(kept.length() - 1) <= 0x0DFF;
            if (!noncharacter && !afterIndic) {
                kept.appendCodePoint(c);
            }
        });
        return kept.toString();
    }

    private static String singleLine(String text) {
        return CONTROL.matcher(text).replaceAll("").replaceAll("[\\n\\r\\t]+", " ").strip();
    }

    private static String withoutSpace(String text) {
        return text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    // ---------------------------------------------------------------------------------------------------------

    private String anArticle(String title) {
        var author = publishing.author("daniel-okafor").orElseThrow();
        var article = publishing.file(new NewArticle(title, "Readers write in.", "", ArticleStatus.PUBLISHED,
                Instant.now().minusSeconds(3_600), author.id(), publishing.categories().getFirst().id(), List.of(), true));
        return permalinks.article(article.publishedAt(), article.slug());
    }

    record BlankForm(String articleId, String token) {
    }

    /** The article's form as served: which article it posts to and the signed token a post must carry. */
    private static BlankForm blankForm(Visitor visitor, String path) {
        var response = visitor.get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        var form = Jsoup.parse(response.body()).selectFirst("#commentform");
        return new BlankForm(form.selectFirst("input[name=comment_post_ID]").attr("value"),
                form.selectFirst("input[name=form_token]").attr("value"));
    }

    /** A vector as a test report can show it: control and invisible characters named, long ones cut. */
    private static String visible(String text) {
        var shown = new StringBuilder();
        text.codePoints().limit(200).forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT || Character.isSurrogate((char) c)) {
                shown.append("\\u%04X".formatted(c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return text.length() > 200 ? shown + "… (" + text.length() + " characters)" : shown.toString();
    }
}
