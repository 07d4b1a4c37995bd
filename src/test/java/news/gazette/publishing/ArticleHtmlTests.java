package news.gazette.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleHtmlTests {

    @Test
    void rendersMarkdownParagraphsHeadingsAndQuotes() {
        String html = ArticleHtml.fromMarkdown("First.\n\n## Rumors\n\n> “Quoted,” he said.\n");
        assertThat(html).isEqualTo("<p>First.</p>\n<h2>Rumors</h2>\n<blockquote>\n<p>“Quoted,” he said.</p>\n</blockquote>");
    }

    @Test
    void removesScriptsEventHandlersAndJavascriptLinks() {
        String html = ArticleHtml.fromMarkdown("""
                <script>alert(1)</script><img src=x onerror="alert(2)">
                <a href="javascript:alert(3)">x</a> <p style="color:red" onclick="alert(4)">y</p>
                [z](javascript:alert(5))
                """);
        assertThat(html).doesNotContainIgnoringCase("script").doesNotContain("onerror", "onclick", "style", "alert");
    }

    @Test
    void keepsOrdinaryLinksAndImages() {
        String html = ArticleHtml.fromMarkdown("[UN](https://www.un.org/) ![Map](https://example.com/map.png)");
        assertThat(html).contains("<a href=\"https://www.un.org/\">UN</a>")
                .contains("<img src=\"https://example.com/map.png\" alt=\"Map\" loading=\"lazy\" />");
    }

    @Test
    void bodyImagesLoadLazilyAndNothingElseIsLetThrough() {
        assertThat(ArticleHtml.fromMarkdown("<img src=\"/media/a.jpg\" alt=\"A\" loading=\"eager\">"))
                .doesNotContain("eager");
        assertThat(ArticleHtml.fromMarkdown("![A](/media/a.jpg)")).contains("loading=\"lazy\"");
    }

    @Test
    void turnsABodyH1IntoAnH2SinceTheHeadlineIsThePagesH1() {
        assertThat(ArticleHtml.fromMarkdown("# Big")).isEqualTo("<h2>Big</h2>");
    }

    @Test
    void excerptIsTheFirstFiftyFiveWordsOfTheText() {
        String body = "<p>" + "word ".repeat(60).strip() + "</p>";
        assertThat(ArticleHtml.excerptOf(body)).isEqualTo("word ".repeat(55).strip() + " …");
        assertThat(ArticleHtml.excerptOf("<p>Short <em>one</em>.</p>")).isEqualTo("Short one.");
    }
}
