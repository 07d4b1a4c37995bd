package news.gazette.comments;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import news.gazette.platform.SavedSettings;
import news.gazette.platform.SettingsCheck;
import news.gazette.platform.SettingsSection;

/**
 * The comment rules in force: the {@code gazette.comments.*} properties, overridden by what the Settings page saved.
 * Reading one costs a field read: the rules are one immutable snapshot, replaced when settings change, so the next
 * comment posted meets the new rules.
 */
@Component
public class CommentSettings {

    private static final Map<String, String> NAMES = SettingsSection.names("gazette.comments.", "holdFirstComment",
            "holdLinks", "moderationWords", "disallowedWords", "flood", "perIpPerHour", "minimumFillTime",
            "threadDepth", "perPage", "closeAfter", "forgetAddressesAfter");

    private final SettingsSection<CommentProperties> section;
    private final SavedSettings saved;
    private volatile CommentProperties rules;

    /** With {@code saved} null, the properties alone: for tests without a database. */
    CommentSettings(CommentProperties properties, SavedSettings saved) {
        this.section = new SettingsSection<>(NAMES, text(properties), CommentSettings::read);
        this.saved = saved;
        if (saved == null) {
            this.rules = section.read(Map.of());
        } else {
            saved.follow(section, current -> rules = current);
        }
    }

    /** Hold a comment unless its author has an approved comment already. */
    public boolean holdFirstComment() { return rules.holdFirstComment(); }

    /** Hold a comment with at least this many links (0: never). */
    public int holdLinks() { return rules.holdLinks(); }

    /** Hold a comment containing any of these. */
    public List<String> moderationWords() { return rules.moderationWords(); }

    /** Mark a comment containing any of these as spam. */
    public List<String> disallowedWords() { return rules.disallowedWords(); }

    /** The least time between two comments from one IP address or one email. */
    public Duration flood() { return rules.flood(); }

    /** Comments one IP address may post in an hour (0: no limit). */
    public int perIpPerHour() { return rules.perIpPerHour(); }

    /** The least time between showing the form and a person sending it. */
    public Duration minimumFillTime() { return rules.minimumFillTime(); }

    /** How deep replies nest. */
    public int threadDepth() { return rules.threadDepth(); }

    /** Top-level comments on one page of a thread. */
    public int perPage() { return rules.perPage(); }

    /** Close comments on articles older than this (zero: never). */
    public Duration closeAfter() { return rules.closeAfter(); }

    /** Clear IP address and user agent of comments older than this (zero: never). */
    public Duration forgetAddressesAfter() { return rules.forgetAddressesAfter(); }

    /**
     * Saves the rules typed on the Settings page, by field: {@code holdFirstComment} ("true" or "on"),
     * {@code holdLinks}, {@code moderationWords} and {@code disallowedWords} (one a line), {@code flood} and
     * {@code minimumFillTime} (seconds), {@code perIpPerHour}, {@code threadDepth} (1 to 10), {@code perPage},
     * {@code closeAfter} and {@code forgetAddressesAfter} (days, 0 for never). A field not given keeps its value.
     * Returns what is wrong, by field, in words that read after the field's name; empty when saved.
     */
    public Map<String, String> change(Map<String, String> typed, String by) {
        return saved.save(section, typed, by);
    }

    /** The rules as one record; package-private: the module's own parts read a consistent set through it. */
    CommentProperties rules() {
        return rules;
    }

    private static CommentProperties read(SettingsCheck check) {
        return new CommentProperties(check.flag("holdFirstComment"), check.whole("holdLinks", 0, Integer.MAX_VALUE),
                check.lines("moderationWords"), check.lines("disallowedWords"),
                check.duration("flood", ChronoUnit.SECONDS), check.whole("perIpPerHour", 0, Integer.MAX_VALUE),
                check.duration("minimumFillTime", ChronoUnit.SECONDS), check.whole("threadDepth", 1, 10),
                check.whole("perPage", 1, Integer.MAX_VALUE), check.duration("closeAfter", ChronoUnit.DAYS),
                check.duration("forgetAddressesAfter", ChronoUnit.DAYS));
    }

    private static Map<String, String> text(CommentProperties properties) {
        return Map.ofEntries(Map.entry("holdFirstComment", Boolean.toString(properties.holdFirstComment())),
                Map.entry("holdLinks", Integer.toString(properties.holdLinks())),
                Map.entry("moderationWords", String.join("\n", properties.moderationWords())),
                Map.entry("disallowedWords", String.join("\n", properties.disallowedWords())),
                Map.entry("flood", properties.flood().toString()),
                Map.entry("perIpPerHour", Integer.toString(properties.perIpPerHour())),
                Map.entry("minimumFillTime", properties.minimumFillTime().toString()),
                Map.entry("threadDepth", Integer.toString(properties.threadDepth())),
                Map.entry("perPage", Integer.toString(properties.perPage())),
                Map.entry("closeAfter", properties.closeAfter().toString()),
                Map.entry("forgetAddressesAfter", properties.forgetAddressesAfter().toString()));
    }
}
