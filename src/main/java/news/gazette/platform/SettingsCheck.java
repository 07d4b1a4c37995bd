package news.gazette.platform;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.springframework.boot.convert.DurationStyle;

/**
 * Reads the fields of a settings section from their text, collecting what is wrong with each instead of stopping at
 * the first, so a form can show every mistake at once. A rule throws {@link IllegalArgumentException} with a message
 * that reads after the field's name ("must be a whole number from 1 to 10"), and never repeats the value, which may
 * be a password. Each field read also leaves its text in one canonical spelling, the one that is saved.
 */
public final class SettingsCheck {

    // longer makes no sense for any setting, and keeps every length within a long count of nanoseconds
    private static final Duration LONGEST = Duration.ofDays(36_525);

    private final Map<String, String> text;
    private final Map<String, String> problems = new LinkedHashMap<>();
    private final Map<String, String> canonical = new LinkedHashMap<>();

    /** @param text each field's text, by field name; a field without text reads as blank */
    public SettingsCheck(Map<String, String> text) {
        this.text = text;
    }

    /** The field's text as {@code rule} leaves it (stripped, say), or null when the rule refuses it. */
    public String text(String field, UnaryOperator<String> rule) {
        return value(field, rule, Function.identity());
    }

    /** The field read by {@code parse}; {@code print} gives the text to save for the value. Null when refused. */
    public <T> T value(String field, Function<String, T> parse, Function<T, String> print) {
        try {
            T value = parse.apply(text.getOrDefault(field, ""));
            canonical.put(field, print.apply(value));
            return value;
        } catch (IllegalArgumentException e) {
            problems.put(field, e.getMessage());
            return null;
        }
    }

    /** A whole number from {@code min} to {@code max}; 0 when refused. */
    public int whole(String field, int min, int max) {
        Integer value = value(field, typed -> wholeNumber(typed, min, max), String::valueOf);
        return value == null ? 0 : value;
    }

    /** A yes or no: "true" or "on" (a ticked checkbox) is yes, anything else no. */
    public boolean flag(String field) {
        return Boolean.TRUE.equals(value(field,
                typed -> "true".equalsIgnoreCase(typed.strip()) || "on".equalsIgnoreCase(typed.strip()), String::valueOf));
    }

    /** One entry a line, each stripped, blank lines dropped. */
    public List<String> lines(String field) {
        List<String> lines = value(field, typed -> Arrays.stream(typed.split("\\R")).map(String::strip)
                .filter(line -> !line.isEmpty()).toList(), entries -> String.join("\n", entries));
        return lines == null ? List.of() : lines;
    }

    /**
     * A length of time, 0 or more: a plain number counts in {@code unit} ("15" seconds), and Spring's spellings are
     * understood too ("15s", "30d", "PT15S"). Saved with its unit, so the text means the same to the property of the
     * same name. Zero when refused.
     */
    public Duration duration(String field, ChronoUnit unit) {
        Duration value = value(field, typed -> parseDuration(typed, unit), duration -> print(duration, unit));
        return value == null ? Duration.ZERO : value;
    }

    public boolean passed() {
        return problems.isEmpty();
    }

    /** What is wrong, by field, in the order the fields were read. */
    public Map<String, String> problems() {
        return Collections.unmodifiableMap(problems);
    }

    /** Each field read without a problem, in the spelling to save. */
    public Map<String, String> canonical() {
        return Collections.unmodifiableMap(canonical);
    }

    /** Text that must not be blank, stripped. */
    public static String required(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new IllegalArgumentException("must not be blank");
        }
        return typed.strip();
    }

    private static int wholeNumber(String typed, int min, int max) {
        String range = max == Integer.MAX_VALUE ? ", " + min + " or more" : " from " + min + " to " + max;
        try {
            int value = Integer.parseInt(typed.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("must be a whole number" + range);
    }

    private static Duration parseDuration(String typed, ChronoUnit unit) {
        String plural = unit.toString().toLowerCase(java.util.Locale.ROOT);
        Duration value = null;
        try {
            value = DurationStyle.detectAndParse(typed.strip(), unit);
        } catch (IllegalArgumentException e) {
            // said below
        }
        if (value == null || value.isNegative()) {
            throw new IllegalArgumentException("must be a whole number of " + plural + ", 0 or more");
        }
        if (value.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("must be at most a hundred years");
        }
        return value;
    }

    // "20s", "30d": Spring's spelling, which means the same to the property; finer lengths as "500ms"
    private static String print(Duration duration, ChronoUnit unit) {
        String suffix = switch (unit) {
            case DAYS -> "d";
            case HOURS -> "h";
            case MINUTES -> "m";
            case SECONDS -> "s";
            default -> null;
        };
        long nanos = unit.getDuration().toNanos();
        if (suffix != null && duration.toNanos() % nanos == 0) {
            return duration.toNanos() / nanos + suffix;
        }
        return duration.toMillis() + "ms";
    }
}
