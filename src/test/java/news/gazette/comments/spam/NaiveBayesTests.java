package news.gazette.comments.spam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class NaiveBayesTests {

    private final NaiveBayes classifier = new NaiveBayes(0.9, 10);

    private static Map<String, TokenCounts> seen(TokenCounts... counts) {
        return Arrays.stream(counts).collect(Collectors.toMap(TokenCounts::token, Function.identity()));
    }

    @Test
    void explainsTheTokensThatWeighedMost() {
        var verdict = classifier.judge(Set.of("casino", "bonus", "the", "tonight", "never-seen"),
                seen(new TokenCounts("casino", 14, 0), new TokenCounts("bonus", 9, 1), new TokenCounts("the", 15, 15),
                        new TokenCounts("tonight", 2, 3)),
                new Decisions(20, 20));

        assertThat(verdict.likelySpam()).isTrue();
        assertThat(verdict.reasons()).containsExactly(
                "\"casino\" appeared in 14 spam and 0 approved comments",
                "\"bonus\" appeared in 9 spam and 1 approved comment");
    }

    @Test
    void givesAtMostFiveReasons() {
        var tokens = Set.of("one", "two", "three", "four", "five", "six", "seven");
        var counts = tokens.stream().map(token -> new TokenCounts(token, 12, 0)).toArray(TokenCounts[]::new);

        assertThat(classifier.judge(tokens, seen(counts), new Decisions(20, 20)).reasons()).hasSize(5);
    }

    @Test
    void phrasesFeaturesForAModerator() {
        var verdict = classifier.judge(Set.of("host:casino.example", "links:2+", "site:pills.example",
                        "email-domain:mail.example", "name:cheap", "agent:none", "shape:shouting"),
                seen(new TokenCounts("host:casino.example", 30, 0), new TokenCounts("links:2+", 25, 1),
                        new TokenCounts("site:pills.example", 20, 0), new TokenCounts("email-domain:mail.example", 15, 0),
                        new TokenCounts("name:cheap", 10, 0), new TokenCounts("agent:none", 8, 0),
                        new TokenCounts("shape:shouting", 3, 0)),
                new Decisions(40, 40));

        assertThat(verdict.reasons()).containsExactly(
                "A link to casino.example appeared in 30 spam and 0 approved comments",
                "The website pills.example appeared in 20 spam and 0 approved comments",
                "The email domain mail.example appeared in 15 spam and 0 approved comments",
                "Two or more links, as in 25 spam and 1 approved comment",
                "\"cheap\" in the author's name appeared in 10 spam and 0 approved comments");
    }

    @Test
    void saysItCannotJudgeBeforeEnoughDecisions() {
        var verdict = classifier.judge(Set.of("casino"), seen(new TokenCounts("casino", 4, 0)), new Decisions(4, 2));

        assertThat(verdict.likelySpam()).isFalse();
        assertThat(verdict.spamProbability()).isGreaterThan(0.5);
        assertThat(verdict.reasons()).containsExactly(
                "Not enough moderation decisions yet (4 spam, 2 approved; needs 10 of each)",
                "\"casino\" appeared in 4 spam and 0 approved comments");
    }

    @Test
    void clearsWhatLooksLikeApprovedComments() {
        var verdict = classifier.judge(Set.of("council", "ferry"),
                seen(new TokenCounts("council", 0, 12), new TokenCounts("ferry", 1, 9)), new Decisions(20, 20));

        assertThat(verdict.likelySpam()).isFalse();
        assertThat(verdict.spamProbability()).isLessThan(0.1);
        assertThat(verdict.reasons()).first().isEqualTo("\"council\" appeared in 0 spam and 12 approved comments");
    }

    @Test
    void staysUnsureAboutWhatItHasNeverSeen() {
        var verdict = classifier.judge(Set.of("links:0", "hello"), Map.of(), new Decisions(50, 50));

        assertThat(verdict.spamProbability()).isEqualTo(0.5);
        assertThat(verdict.likelySpam()).isFalse();
        assertThat(verdict.reasons()).containsExactly("Nothing in it appeared in earlier moderation decisions");
    }

    @Test
    void weighsEachLabelByItsOwnRateNotByRawCounts() {
        // every spam comment had it, and only one approved comment in a hundred
        var verdict = classifier.judge(Set.of("winner"), seen(new TokenCounts("winner", 10, 10)), new Decisions(10, 1_000));

        assertThat(verdict.likelySpam()).isTrue();
    }

    @Test
    void callsSpamOnlyAtTheThreshold() {
        var tokens = Set.of("bonus");
        var counts = seen(new TokenCounts("bonus", 9, 1));
        var decisions = new Decisions(20, 20);
        double probability = classifier.judge(tokens, counts, decisions).spamProbability();

        assertThat(new NaiveBayes(probability, 10).judge(tokens, counts, decisions).likelySpam()).isTrue();
        assertThat(new NaiveBayes(Math.nextUp(probability), 10).judge(tokens, counts, decisions).likelySpam()).isFalse();
    }

    @Test
    void rejectsSettingsThatCannotWork() {
        assertThatThrownBy(() -> new NaiveBayes(1.5, 10)).hasMessageContaining("gazette.comments.spam.threshold");
        assertThatThrownBy(() -> new NaiveBayes(0.9, 0)).hasMessageContaining("gazette.comments.spam.min-decisions");
    }
}
