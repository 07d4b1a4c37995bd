package news.gazette.comments.spam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import news.gazette.TestDataDirectory;

/**
 * The filter against real comments: the YouTube Spam Collection (see its SOURCE.md), 1,956 comments labelled spam
 * or not. It learns about 70% of them, chosen by comment id so every run splits alike, and judges the rest with
 * the default threshold. The floors sit a little under what it reaches, so a change that makes it worse fails.
 */
@SpringBootTest(properties = "gazette.demo-content=false")
class SpamFilterCorpusTests {

    private static final Path CORPUS = Path.of("..", "shared", "corpora", "youtube-spam-collection");

    @Autowired
    SpamFilter filter;

    @Autowired
    TransactionTemplate transactions;

    @DynamicPropertySource
    static void sqlite(DynamicPropertyRegistry registry) {
        String dataDir = TestDataDirectory.create("spam-corpus").toString();
        registry.add("gazette.data-dir", () -> dataDir);
    }

    @BeforeAll
    static void corpusIsThere() {
        assumeTrue(Files.isDirectory(CORPUS), () -> "The YouTube Spam Collection is not at "
                + CORPUS.toAbsolutePath().normalize() + " (the shared corpora sit beside the project)");
    }

    record Labelled(String id, CommentText text, boolean spam) {

        boolean learnt() {
            return Math.floorMod(id.hashCode(), 10) < 7;
        }
    }

    @Test
    void catchesMostYouTubeSpamAndFlagsAlmostNoGenuineComments() throws IOException {
        List<Labelled> comments = comments();
        List<Labelled> taught = comments.stream().filter(Labelled::learnt).toList();
        List<Labelled> judged = comments.stream().filter(comment -> !comment.learnt()).toList();
        transactions.executeWithoutResult(status -> taught.forEach(comment -> filter.learn(comment.text(), comment.spam())));

        int caught = 0;
        int flaggedGenuine = 0;
        int missed = 0;
        long[] nanos = new long[judged.size()];
        for (int i = 0; i < judged.size(); i++) {
            Labelled comment = judged.get(i);
            long start = System.nanoTime();
            SpamVerdict verdict = filter.assess(comment.text());
            nanos[i] = System.nanoTime() - start;
            assertThat(verdict.reasons()).isNotEmpty();
            if (verdict.likelySpam()) {
                if (comment.spam()) {
                    caught++;
                } else {
                    flaggedGenuine++;
                }
            } else if (comment.spam()) {
                missed++;
            }
        }
        double precision = (double) caught / (caught + flaggedGenuine);
        double recall = (double) caught / (caught + missed);
        Arrays.sort(nanos);
        System.out.printf("YouTube Spam Collection: learnt %d, judged %d; spam precision %.3f (%d of %d flagged),"
                        + " recall %.3f (%d of %d spam); assess took %.2f ms on average, median %.2f ms, slowest %.2f ms%n",
                taught.size(), judged.size(), precision, caught, caught + flaggedGenuine, recall, caught,
                caught + missed, Arrays.stream(nanos).average().orElse(0) / 1e6, nanos[nanos.length / 2] / 1e6,
                nanos[nanos.length - 1] / 1e6);

        // reached 0.975 and 0.915 when written
        assertThat(precision).isGreaterThanOrEqualTo(0.95);
        assertThat(recall).isGreaterThanOrEqualTo(0.88);
    }

    private static List<Labelled> comments() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            var comments = new ArrayList<Labelled>();
            for (Path file : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
                List<List<String>> rows = csv(Files.readString(file, StandardCharsets.UTF_8));
                assertThat(rows.getFirst()).containsExactly("COMMENT_ID", "AUTHOR", "DATE", "CONTENT", "CLASS");
                for (List<String> row : rows.subList(1, rows.size())) {
                    comments.add(new Labelled(row.get(0), new CommentText(row.get(3), row.get(1), "", "", ""),
                            row.get(4).equals("1")));
                }
            }
            assertThat(comments).hasSize(1_956);
            return comments;
        }
    }

    /** RFC 4180: fields in double quotes may hold commas, line breaks and doubled quotes. */
    private static List<List<String>> csv(String text) {
        var rows = new ArrayList<List<String>>();
        var row = new ArrayList<String>();
        var field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (!field.isEmpty() || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
