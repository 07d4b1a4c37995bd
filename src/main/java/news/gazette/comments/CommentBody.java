package news.gazette.comments;

import java.util.EnumSet;
import java.util.regex.Pattern;

import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkSpan;
import org.nibor.autolink.LinkType;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.web.util.HtmlUtils;

/**
 * Turns what a commenter typed into the HTML pages show: every character escaped, blank lines into paragraphs,
 * line breaks kept, web addresses made into links that search engines are told not to follow. No HTML the
 * commenter wrote survives as HTML; the sanitiser then checks the result once more.
 */
final class CommentBody {

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
    private static final Pattern LINK_IN_HTML = Pattern.compile("<a ", Pattern.LITERAL);
    private static final LinkExtractor LINKS = LinkExtractor.builder()
            .linkTypes(EnumSet.of(LinkType.URL, LinkType.WWW))
            .build();
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "a")
            .allowUrlProtocols("http", "https")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("nofollow", "ugc")
            .toFactory();

    private CommentBody() {
    }

    static String toHtml(String text) {
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        var html = new StringBuilder();
        for (String paragraph : PARAGRAPH_BREAK.split(normalised)) {
            html.append("<p>");
            String[] lines = paragraph.strip().split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    html.append("<br />");
                }
                appendLinked(html, lines[i]);
            }
            html.append("</p>");
        }
        return POLICY.sanitize(html.toString());
    }

    static int countLinks(String text) {
        int links = 0;
        for (var ignored : LINKS.extractLinks(text)) {
            links++;
        }
        return links + (int) LINK_IN_HTML.matcher(text.toLowerCase(java.util.Locale.ROOT)).results().count();
    }

    private static void appendLinked(StringBuilder html, String line) {
        for (var span : LINKS.extractSpans(line)) {
            String text = line.substring(span.getBeginIndex(), span.getEndIndex());
            if (span instanceof LinkSpan link) {
                String href = link.getType() == LinkType.WWW ? "http://" + text : text;
                html.append("<a href=\"").append(HtmlUtils.htmlEscape(href, "UTF-8")).append("\">")
                        .append(HtmlUtils.htmlEscape(text, "UTF-8")).append("</a>");
            } else {
                html.append(HtmlUtils.htmlEscape(text, "UTF-8"));
            }
        }
    }
}
