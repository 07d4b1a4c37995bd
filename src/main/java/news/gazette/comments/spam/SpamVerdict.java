package news.gazette.comments.spam;

import java.util.List;

/**
 * The filter's view of one comment. {@code reasons} are short sentences for the moderation view, strongest first;
 * they explain the probability whichever way it points. {@code likelySpam} is never true before the filter has
 * learnt enough decisions of both kinds; the first reason then says so.
 */
public record SpamVerdict(double spamProbability, boolean likelySpam, List<String> reasons) {

    public SpamVerdict {
        reasons = List.copyOf(reasons);
    }
}
