package news.gazette.publishing;

import java.util.regex.Pattern;

import org.commonmark.node.Image;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Turns an article's Markdown into the HTML stored beside it, and draws a plain-text excerpt from that HTML.
 * Whatever the source holds, the stored HTML passes this sanitiser first: no script, no event handler,
 * no javascript: link, no style. The page has one h1, the headline, so an h1 in the body becomes an h2. Images in the
 * body load lazily: the featured image above it is the one a reader sees first.
 */
final class ArticleHtml {

    static final int EXCERPT_WORDS = 55;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .attributeProviderFactory(context -> (node, tag, attributes) -> {
                if (node instanceof Image) {
                    attributes.put("loading", "lazy");
                }
            })
            .build();
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li", "dl", "dt", "dd",
                    "strong", "em", "b", "i", "u", "s", "del", "ins", "sub", "sup", "small", "mark", "abbr",
                    "code", "pre", "kbd", "hr", "br", "figure", "figcaption", "cite", "q",
                    "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "a", "img")
            .allowElements((name, attributes) -> "h2", "h1")
            .allowStandardUrlProtocols()
            .allowAttributes("href", "title").onElements("a")
            .allowAttributes("src", "alt", "title", "width", "height").onElements("img")
            .allowAttributes("loading").matching(false, "lazy").onElements("img")
            .allowAttributes("title").onElements("abbr")
            .allowAttributes("cite").onElements("blockquote", "q")
            .allowAttributes("start").onElements("ol")
            .allowAttributes("colspan", "rowspan", "scope").onElements("td", "th")
            .toFactory();

    private ArticleHtml() {
    }

    static String fromMarkdown(String markdown) {
        return sanitise(RENDERER.render(MARKDOWN.parse(markdown == null ? "" : markdown)));
    }

    static String sanitise(String html) {
        return POLICY.sanitize(html).strip();
    }

    /** The first {@value #EXCERPT_WORDS} words of the text, with an ellipsis when there was more. */
    static String excerptOf(String html) {
        String text = Jsoup.parse(html).text().strip();
        if (text.isEmpty()) {
            return "";
        }
        String[] words = WHITESPACE.split(text);
        if (words.length <= EXCERPT_WORDS) {
            return text;
        }
        return String.join(" ", java.util.Arrays.copyOf(words, EXCERPT_WORDS)) + " …";
    }
}
