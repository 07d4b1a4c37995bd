package news.gazette.comments.spam;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class TokenizerTests {

    private static Set<String> body(String body) {
        return Tokenizer.tokens(new CommentText(body, "", "", "", ""));
    }

    @Test
    void countsLinksAndTheirHosts() {
        var tokens = body("Win at https://www.Casino.example/win?x=1, then http://pills.example.org/buy. "
                + "Again: https://www.casino.example/win?x=1");

        assertThat(tokens).contains("host:casino.example", "host:pills.example.org", "links:2+")
                .doesNotContain("links:0", "links:1", "host:www.casino.example");
        assertThat(body("Same link twice: www.shop.example and www.shop.example")).contains("links:1", "host:shop.example");
        assertThat(body("No link in this one")).contains("links:0").noneMatch(token -> token.startsWith("host:"));
    }

    @Test
    void readsTheWordsOfLinksToo() {
        assertThat(body("https://video.example/channel/123")).contains("video", "example", "channel", "123");
    }

    @Test
    void keepsLowerCasedWordsOfTwoToThirtyLettersInAnyScript() {
        var tokens = body("A Ñandú ate 42 Äpfel in Москва, पानी x " + "n".repeat(30) + " " + "o".repeat(31));

        assertThat(tokens).contains("ñandú", "ate", "42", "äpfel", "in", "москва", "पानी", "n".repeat(30))
                .doesNotContain("a", "x", "o".repeat(31), "Москва");
    }

    @Test
    void foldsFullWidthLettersIntoPlainWords() {
        assertThat(body("ＣＡＳＩＮＯ bonus")).contains("casino", "bonus");
    }

    @Test
    void takesTheWebsiteHostAndTheEmailDomain() {
        assertThat(Tokenizer.tokens(new CommentText("Hi", "Ana", "Ana@Mail.Example", "WWW.Example.COM/about", "")))
                .contains("site:example.com", "email-domain:mail.example");
        assertThat(Tokenizer.tokens(new CommentText("Hi", "Ana", "ana", "https://me@shop.example:8080/x", "")))
                .contains("site:shop.example").noneMatch(token -> token.startsWith("email-domain:"));
    }

    @Test
    void marksTheWordsOfTheAuthorsNameAndTheUserAgent() {
        assertThat(Tokenizer.tokens(new CommentText("Hi", "Cheap Pills4U", "", "", "Mozilla/5.0 (X11; Linux)")))
                .contains("name:cheap", "name:pills4u", "agent:mozilla");
        assertThat(Tokenizer.tokens(new CommentText("Hi", "", "", "", "curl/8.5.0"))).contains("agent:curl");
    }

    @Test
    void noticesShoutingInTextLongEnoughToTell() {
        assertThat(body("BUY CHEAP PILLS NOW, best")).contains("shape:shouting");
        assertThat(body("OK THEN")).doesNotContain("shape:shouting");
        assertThat(body("The NATO summit was in Vilnius")).doesNotContain("shape:shouting");
    }

    @Test
    void givesAnEmptyCommentOnlyItsShape() {
        assertThat(Tokenizer.tokens(new CommentText(null, null, null, null, null)))
                .containsExactlyInAnyOrder("links:0", "agent:none");
    }
}
