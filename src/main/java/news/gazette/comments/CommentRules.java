package news.gazette.comments;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * WordPress's moderation rules, in its order: disallowed words make spam; a robot's traces make spam; moderation
 * words, too many links, a likely-spam verdict or a first comment hold it for a moderator. The first rule that
 * applies decides, and its reason is kept for the moderation desk.
 */
final class CommentRules {

    record Judgement(CommentStatus status, String reason) {
    }

    // the word lists compiled, for the rules they were compiled from; compiled again when the settings change
    private record Compiled(CommentProperties rules, List<Pattern> disallowed, List<Pattern> moderation) {
    }

    private final CommentSettings settings;
    private volatile Compiled compiled;

    CommentRules(CommentSettings settings) {
        this.settings = settings;
    }

    /**
     * @param robotTrace why the submission looks machine-made (a filled honeypot, a form sent too fast), if it does
     * @param likelySpam the classifier's explanation when it judges the comment likely spam
     */
    Judgement judge(CommentFields fields, String ipAddress, String userAgent, Optional<String> robotTrace,
                    Optional<String> likelySpam, boolean hasApprovedBefore) {
        Compiled rules = compiled();
        String haystack = String.join("\n", fields.body(), fields.name(), fields.email(), fields.website(),
                ipAddress == null ? "" : ipAddress, userAgent == null ? "" : userAgent);
        Optional<String> disallowedWord = firstMatch(rules.disallowed(), haystack);
        if (disallowedWord.isPresent()) {
            return new Judgement(CommentStatus.SPAM, "Contains the disallowed word “" + disallowedWord.get() + "”");
        }
        if (robotTrace.isPresent()) {
            return new Judgement(CommentStatus.SPAM, robotTrace.get());
        }
        Optional<String> moderationWord = firstMatch(rules.moderation(), haystack);
        if (moderationWord.isPresent()) {
            return new Judgement(CommentStatus.PENDING, "Contains the moderation word “" + moderationWord.get() + "”");
        }
        int links = CommentBody.countLinks(fields.body());
        int holdLinks = rules.rules().holdLinks();
        if (holdLinks > 0 && links >= holdLinks) {
            return new Judgement(CommentStatus.PENDING, "Has " + links + " links (the limit is " + (holdLinks - 1) + ")");
        }
        if (likelySpam.isPresent()) {
            return new Judgement(CommentStatus.PENDING, likelySpam.get());
        }
        if (rules.rules().holdFirstComment() && !hasApprovedBefore) {
            return new Judgement(CommentStatus.PENDING, "First comment from this email address");
        }
        return new Judgement(CommentStatus.APPROVED, "");
    }

    private Compiled compiled() {
        var current = settings.rules();
        var last = compiled;
        if (last != null && last.rules() == current) {
            return last;
        }
        var fresh = new Compiled(current, wordPatterns(current.disallowedWords()),
                wordPatterns(current.moderationWords()));
        compiled = fresh;
        return fresh;
    }

    private static List<Pattern> wordPatterns(List<String> words) {
        return words.stream()
                .map(String::strip)
                .filter(word -> !word.isEmpty())
                .map(word -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word.toLowerCase(Locale.ROOT))
                        + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .toList();
    }

    private static Optional<String> firstMatch(List<Pattern> patterns, String text) {
        for (Pattern pattern : patterns) {
            var matcher = pattern.matcher(text);
            if (matcher.find()) {
                return Optional.of(matcher.group());
            }
        }
        return Optional.empty();
    }
}
