package news.gazette.comments.spam;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Judges a comment from what moderators decided about earlier comments with the same tokens, the way Gary
 * Robinson refined Paul Graham's "A Plan for Spam" (and SpamBayes uses it): each token's spam probability comes
 * from the share of spam and of approved comments it appeared in, pulled towards 0.5 while it has little
 * evidence; the most telling tokens are combined with Fisher's chi-square method.
 * <p>
 * Chosen over multinomial naive Bayes because it works on each label's own rate, so a site that approves ten
 * comments for each one it marks spam does not tilt every verdict towards "approved"; because the combined score
 * has a real middle for comments it cannot tell apart, where multiplying hundreds of word likelihoods lands on 0
 * or 1 and makes a threshold meaningless; and because each token's weight follows from two counts a moderator can
 * be shown.
 */
final class NaiveBayes {

    /**
     * How many comments' worth of weight the neutral guess has against a token's own evidence, so a word seen in one
     * or two spam comments cannot condemn a reader on its own. SpamBayes uses 0.45, tuned on large mail corpora;
     * on the YouTube Spam Collection 2 flagged about half as many genuine comments for a point or so of recall.
     */
    private static final double PRIOR_STRENGTH = 2;
    private static final double NEUTRAL = 0.5;
    /** Tokens this close to neutral are left out: common words would only pull every score towards 0.5. */
    private static final double MIN_STRENGTH = 0.1;
    /** Only the most telling tokens count, so a long comment cannot drown its sales pitch in ordinary words. */
    private static final int MAX_CLUES = 150;
    private static final int MAX_REASONS = 5;

    private static final Comparator<Clue> STRONGEST_FIRST = Comparator.comparingDouble(Clue::strength).reversed()
            .thenComparing(Comparator.comparingLong(Clue::evidence).reversed())
            .thenComparing(Clue::token);

    private final double threshold;
    private final int minDecisions;

    /** Calls a comment likely spam at or above {@code threshold}, once both labels have {@code minDecisions}. */
    NaiveBayes(double threshold, int minDecisions) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("gazette.comments.spam.threshold must be above 0 and at most 1, not "
                    + threshold);
        }
        if (minDecisions < 1) {
            throw new IllegalArgumentException("gazette.comments.spam.min-decisions must be at least 1, not "
                    + minDecisions);
        }
        this.threshold = threshold;
        this.minDecisions = minDecisions;
    }

    /** {@code counts} holds the tokens seen before; a token missing from it is new and says nothing. */
    SpamVerdict judge(Set<String> tokens, Map<String, TokenCounts> counts, Decisions decisions) {
        var clues = new ArrayList<Clue>();
        for (String token : tokens) {
            TokenCounts seen = counts.get(token);
            if (seen != null) {
                Clue clue = clue(seen, decisions);
                if (clue.strength() >= MIN_STRENGTH) {
                    clues.add(clue);
                }
            }
        }
        clues.sort(STRONGEST_FIRST);
        List<Clue> used = clues.subList(0, Math.min(MAX_CLUES, clues.size()));
        double probability = combine(used);

        boolean enough = decisions.spam() >= minDecisions && decisions.ham() >= minDecisions;
        var reasons = new ArrayList<String>();
        if (!enough) {
            reasons.add("Not enough moderation decisions yet (%d spam, %d approved; needs %d of each)"
                    .formatted(decisions.spam(), decisions.ham(), minDecisions));
        }
        used.stream().limit(MAX_REASONS).map(Clue::reason).forEach(reasons::add);
        if (used.isEmpty()) {
            reasons.add("Nothing in it appeared in earlier moderation decisions");
        }
        return new SpamVerdict(probability, enough && probability >= threshold, reasons);
    }

    private static Clue clue(TokenCounts seen, Decisions decisions) {
        // a rate above 1 can only follow an unlearn of a decision the filter never learnt; the counts stop at 0
        double spamRate = decisions.spam() == 0 ? 0 : Math.min(1, (double) seen.spam() / decisions.spam());
        double hamRate = decisions.ham() == 0 ? 0 : Math.min(1, (double) seen.ham() / decisions.ham());
        double rated = spamRate + hamRate == 0 ? NEUTRAL : spamRate / (spamRate + hamRate);
        long evidence = seen.spam() + seen.ham();
        double probability = (PRIOR_STRENGTH * NEUTRAL + evidence * rated) / (PRIOR_STRENGTH + evidence);
        return new Clue(seen, probability);
    }

    /** Fisher's method both ways: how unlikely the clues are if random, as spam and as approved comments. */
    private static double combine(List<Clue> clues) {
        if (clues.isEmpty()) {
            return NEUTRAL;
        }
        double logHam = 0;
        double logSpam = 0;
        for (Clue clue : clues) {
            logHam += Math.log(clue.probability());
            logSpam += Math.log(1 - clue.probability());
        }
        int freedom = 2 * clues.size();
        double spamminess = 1 - chiSquareTail(-2 * logSpam, freedom);
        double hamminess = 1 - chiSquareTail(-2 * logHam, freedom);
        return (1 + spamminess - hamminess) / 2;
    }

    /**
     * P(X >= chi) for a chi-square distribution with an even number of degrees of freedom, as a finite series.
     * When e^(-chi/2) underflows to 0 the true tail is negligible at up to 300 degrees of freedom, so 0 is right.
     */
    private static double chiSquareTail(double chi, int freedom) {
        double half = chi / 2;
        double term = Math.exp(-half);
        double sum = term;
        for (int i = 1; i < freedom / 2; i++) {
            term *= half / i;
            sum += term;
        }
        return Math.min(sum, 1);
    }
}
