package news.gazette.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The original page the demo site reproduces, {@code ../shared/seed-article.txt}, and the same lines read back
 * from a served article page, in order: dateline, headline, every body block, the comment count, "Leave a Reply"
 * and its notice.
 */
final class SeedArticle {

    static final Path FILE = Path.of("..", "shared", "seed-article.txt");
    static final String PATH = "/2022/01/22/arrest-of-former-kazakhstan-spy-chief-uncovers-internal-power-struggles/";

    private SeedArticle() {
    }

    static boolean isAvailable() {
        return Files.isReadable(FILE);
    }

    static List<String> expectedLines() {
        try {
            return Files.readAllLines(FILE, StandardCharsets.UTF_8).stream()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> pageLines(String html) {
        var page = Jsoup.parse(html);
        return page.select(".dateline, #headline, .article-body > *, #comments-title, #reply-title, .comment-notes")
                .stream()
                .map(Element::text)
                .toList();
    }
}
