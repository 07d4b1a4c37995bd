package news.gazette.comments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommentBodyTests {

    @Test
    void escapesEverythingAndKeepsParagraphsAndLineBreaks() {
        assertThat(CommentBody.toHtml("<img src=x onerror=alert(1)>\nline two\n\n\"quoted\" & 'single'"))
                .isEqualTo("<p>&lt;img src&#61;x onerror&#61;alert(1)&gt;<br />line two</p>"
                        + "<p>&#34;quoted&#34; &amp; &#39;single&#39;</p>");
    }

    @Test
    void linksWebAddressesWithoutFollowing() {
        assertThat(CommentBody.toHtml("see https://example.com/a?b=1&c=2 or www.example.org."))
                .isEqualTo("<p>see <a href=\"https://example.com/a?b&#61;1&amp;c&#61;2\" rel=\"nofollow ugc\">"
                        + "https://example.com/a?b&#61;1&amp;c&#61;2</a> or "
                        + "<a href=\"http://www.example.org\" rel=\"nofollow ugc\">www.example.org</a>.</p>");
    }

    @Test
    void neverLinksScriptAddresses() {
        assertThat(CommentBody.toHtml("javascript:alert(1) data:text/html,<script>")).doesNotContain("<a");
    }

    @Test
    void countsLinksWrittenAsAddressesOrAsHtml() {
        assertThat(CommentBody.countLinks("one https://a.example two www.b.example")).isEqualTo(2);
        assertThat(CommentBody.countLinks("<a href=x>spam</a>")).isEqualTo(1);
        assertThat(CommentBody.countLinks("no links here")).isZero();
    }
}
