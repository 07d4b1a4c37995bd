package news.gazette.comments.spam;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A spam filter that runs here, with no outside service, and learns from moderators. Every approve or spam decision
 * is taught with {@link #learn}; a reversed decision is taken back with {@link #unlearn}, given the same text. Both
 * write in the caller's transaction, so what the filter learnt commits or rolls back with the decision itself.
 * It calls nothing spam until it has learnt {@code gazette.comments.spam.min-decisions} (default 10) of each kind,
 * and then only at a probability of at least {@code gazette.comments.spam.threshold} (default 0.9).
 */
@Component
public class SpamFilter {

    private final SpamTokenStore store;
    private final NaiveBayes classifier;

    SpamFilter(SpamTokenStore store,
               @Value("${gazette.comments.spam.threshold:0.9}") double threshold,
               @Value("${gazette.comments.spam.min-decisions:10}") int minDecisions) {
        this.store = store;
        this.classifier = new NaiveBayes(threshold, minDecisions);
    }

    /** How likely the comment is spam, and why; never fails for an empty or unusual comment. */
    public SpamVerdict assess(CommentText text) {
        var tokens = Tokenizer.tokens(text);
        return classifier.judge(tokens, store.counts(tokens), store.decisions());
    }

    /** Teaches a moderator's decision: {@code spam} true for spam, false for an approved comment. */
    public void learn(CommentText text, boolean spam) {
        store.add(Tokenizer.tokens(text), spam);
    }

    /** Takes back a decision taught with {@link #learn}, when a moderator reverses it. */
    public void unlearn(CommentText text, boolean spam) {
        store.remove(Tokenizer.tokens(text), spam);
    }
}
