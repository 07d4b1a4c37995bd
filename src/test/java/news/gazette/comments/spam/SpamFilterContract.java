package news.gazette.comments.spam;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the spam filter promises, on whichever database the subclass gives it. The tests share one database, so
 * each writes comments with words of its own and counts on nothing it did not learn itself.
 */
abstract class SpamFilterContract {

    @Autowired
    SpamFilter filter;

    @Autowired
    SpamTokenStore store;

    @Autowired
    TransactionTemplate transactions;

    /** A word no other test uses, of 12 letters, so the tokenizer keeps it whole even with a suffix. */
    private final String word = "zq" + ThreadLocalRandom.current().ints(10, 'a', 'z' + 1)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);

    /** Words of its own only, and no links or user agent, so tokens other tests learnt stay neutral here. */
    private CommentText spam() {
        return new CommentText(word + "casino " + word + "bonus", word, "win@" + word + ".example", "", "");
    }

    private CommentText approved() {
        return new CommentText(word + "port " + word + "ferry", word + "reader", "", "", "");
    }

    @Test
    void learnsFromModeratorsAndSaysWhy() {
        for (int n = 0; n < 12; n++) {
            filter.learn(spam(), true);
            filter.learn(approved(), false);
        }

        var verdict = filter.assess(new CommentText("Free " + word + "casino", "Lucky", "win@" + word + ".example", "", ""));
        assertThat(verdict.likelySpam()).isTrue();
        assertThat(verdict.spamProbability()).isGreaterThanOrEqualTo(0.9);
        assertThat(verdict.reasons()).contains(
                "\"" + word + "casino\" appeared in 12 spam and 0 approved comments",
                "The email domain " + word + ".example appeared in 12 spam and 0 approved comments");

        var reply = filter.assess(new CommentText("Was the " + word + "ferry late?", "Ben", "", "", ""));
        assertThat(reply.likelySpam()).isFalse();
        assertThat(reply.reasons()).contains("\"" + word + "ferry\" appeared in 0 spam and 12 approved comments");
    }

    @Test
    void unlearningReversesADecision() {
        var comment = spam();
        var before = filter.assess(comment);
        var decisionsBefore = store.decisions();

        filter.learn(comment, true);
        assertThat(filter.assess(comment).reasons()).contains("\"" + word + "casino\" appeared in 1 spam and 0 approved comments");

        filter.unlearn(comment, true);
        assertThat(filter.assess(comment)).isEqualTo(before);
        assertThat(store.decisions()).isEqualTo(decisionsBefore);
        assertThat(store.counts(Tokenizer.tokens(comment))).doesNotContainKeys(word, word + "casino");
    }

    @Test
    void neverCountsBelowZero() {
        var comment = approved();
        filter.learn(comment, false);

        long spamDecisions = store.decisions().spam();
        for (long n = 0; n <= spamDecisions; n++) {
            filter.unlearn(comment, true);
        }

        assertThat(store.decisions().spam()).isZero();
        assertThat(store.counts(Tokenizer.tokens(comment)).get(word + "port")).isEqualTo(new TokenCounts(word + "port", 0, 1));
    }

    @Test
    void learnsInTheCallersTransaction() {
        var comment = spam();
        var decisionsBefore = store.decisions();

        transactions.executeWithoutResult(status -> {
            filter.learn(comment, true);
            status.setRollbackOnly();
        });

        assertThat(store.decisions()).isEqualTo(decisionsBefore);
        assertThat(store.counts(Tokenizer.tokens(comment))).doesNotContainKey(word + "casino");
    }
}
