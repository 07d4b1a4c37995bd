package news.gazette.newsroom;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import news.gazette.comments.CommentSettings;

/**
 * What the Settings page's "Comments" form posts, as typed: {@code holdFirstComment} is "on" when ticked; lengths of
 * time are seconds ({@code flood}, {@code minimumFillTime}) or days ({@code closeAfter},
 * {@code forgetAddressesAfter}); word lists one a line.
 */
public record CommentSettingsForm(String holdFirstComment, String holdLinks, String moderationWords,
                                  String disallowedWords, String flood, String perIpPerHour, String minimumFillTime,
                                  String threadDepth, String perPage, String closeAfter,
                                  String forgetAddressesAfter) {

    public CommentSettingsForm {
        holdFirstComment = Objects.toString(holdFirstComment, "");
        holdLinks = Objects.toString(holdLinks, "");
        moderationWords = Objects.toString(moderationWords, "");
        disallowedWords = Objects.toString(disallowedWords, "");
        flood = Objects.toString(flood, "");
        perIpPerHour = Objects.toString(perIpPerHour, "");
        minimumFillTime = Objects.toString(minimumFillTime, "");
        threadDepth = Objects.toString(threadDepth, "");
        perPage = Objects.toString(perPage, "");
        closeAfter = Objects.toString(closeAfter, "");
        forgetAddressesAfter = Objects.toString(forgetAddressesAfter, "");
    }

    static CommentSettingsForm of(CommentSettings rules) {
        return new CommentSettingsForm(rules.holdFirstComment() ? "on" : "", Integer.toString(rules.holdLinks()),
                String.join("\n", rules.moderationWords()), String.join("\n", rules.disallowedWords()),
                amount(rules.flood(), ChronoUnit.SECONDS), Integer.toString(rules.perIpPerHour()),
                amount(rules.minimumFillTime(), ChronoUnit.SECONDS), Integer.toString(rules.threadDepth()),
                Integer.toString(rules.perPage()), amount(rules.closeAfter(), ChronoUnit.DAYS),
                amount(rules.forgetAddressesAfter(), ChronoUnit.DAYS));
    }

    public boolean holdsFirstComment() {
        return !holdFirstComment.isEmpty();
    }

    Map<String, String> fields() {
        var fields = new LinkedHashMap<String, String>();
        fields.put("holdFirstComment", Boolean.toString(holdsFirstComment()));
        fields.put("holdLinks", holdLinks);
        fields.put("moderationWords", moderationWords);
        fields.put("disallowedWords", disallowedWords);
        fields.put("flood", flood);
        fields.put("perIpPerHour", perIpPerHour);
        fields.put("minimumFillTime", minimumFillTime);
        fields.put("threadDepth", threadDepth);
        fields.put("perPage", perPage);
        fields.put("closeAfter", closeAfter);
        fields.put("forgetAddressesAfter", forgetAddressesAfter);
        return fields;
    }

    // a whole number of the field's unit, as the page asks; a property set finer ("500ms", "12h") shows as it is
    private static String amount(Duration duration, ChronoUnit unit) {
        if (duration.toNanos() % unit.getDuration().toNanos() == 0) {
            return Long.toString(duration.toNanos() / unit.getDuration().toNanos());
        }
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + "s" : duration.toMillis() + "ms";
    }
}
