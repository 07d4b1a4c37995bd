package news.gazette.comments;

import java.time.Duration;
import java.time.Instant;

import news.gazette.platform.SiteKeys;

/**
 * The token a comment form is served with: the article and the moment, signed. It shows that a submission came
 * from a form this site served for this article, and how long the form was open; no session is needed, so the
 * article page stays the same bytes for every reader.
 */
final class FormToken {

    enum Check { VALID, TOO_QUICK, INVALID }

    static final Duration MAX_AGE = Duration.ofDays(2);
    private static final String PURPOSE = "comment-form";

    private FormToken() {
    }

    static String issue(SiteKeys keys, long articleId, Instant now) {
        String payload = articleId + "." + now.getEpochSecond();
        return payload + "." + keys.hash(PURPOSE, payload);
    }

    static Check check(SiteKeys keys, String token, long articleId, Instant now, Duration minimumFillTime) {
        if (token == null || token.length() > 200) {
            return Check.INVALID;
        }
        String[] parts = token.split("\\.");
        if (parts.length != 3 || !parts[0].equals(Long.toString(articleId))
                || !keys.verify(PURPOSE, parts[0] + "." + parts[1], parts[2])) {
            return Check.INVALID;
        }
        Instant issued;
        try {
            issued = Instant.ofEpochSecond(Long.parseLong(parts[1]));
        } catch (NumberFormatException e) {
            return Check.INVALID;
        }
        if (issued.plus(MAX_AGE).isBefore(now)) {
            return Check.INVALID;
        }
        return issued.plus(minimumFillTime).isAfter(now) ? Check.TOO_QUICK : Check.VALID;
    }
}
