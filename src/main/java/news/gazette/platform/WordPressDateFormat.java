package news.gazette.platform;

import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a WordPress (PHP {@code date()}) format such as "F j, Y" or "g:i a" into a {@link DateTimeFormatter}.
 * Letters it does not know are rejected rather than printed, so a typo shows at start-up, not on every page.
 * A backslash prints the next character as it is, as in PHP.
 */
final class WordPressDateFormat {

    private static final Map<Long, String> LOWER_AM_PM = Map.of(0L, "am", 1L, "pm");
    private static final Map<Long, String> UPPER_AM_PM = Map.of(0L, "AM", 1L, "PM");
    private static final Map<Long, String> ORDINAL_SUFFIX = ordinalSuffixes();

    private WordPressDateFormat() {
    }

    /** Refuses a blank format and unknown letters, with a message that reads after the setting's name. */
    static DateTimeFormatter toFormatter(String format) {
        if (format == null || format.isBlank()) {
            throw new IllegalArgumentException("must not be blank");
        }
        var builder = new DateTimeFormatterBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            switch (c) {
                case 'd' -> builder.appendValue(ChronoField.DAY_OF_MONTH, 2);
                case 'j' -> builder.appendValue(ChronoField.DAY_OF_MONTH);
                case 'S' -> builder.appendText(ChronoField.DAY_OF_MONTH, ORDINAL_SUFFIX);
                case 'D' -> builder.appendText(ChronoField.DAY_OF_WEEK, TextStyle.SHORT);
                case 'l' -> builder.appendText(ChronoField.DAY_OF_WEEK, TextStyle.FULL);
                case 'N' -> builder.appendValue(ChronoField.DAY_OF_WEEK);
                case 'F' -> builder.appendText(ChronoField.MONTH_OF_YEAR, TextStyle.FULL);
                case 'M' -> builder.appendText(ChronoField.MONTH_OF_YEAR, TextStyle.SHORT);
                case 'm' -> builder.appendValue(ChronoField.MONTH_OF_YEAR, 2);
                case 'n' -> builder.appendValue(ChronoField.MONTH_OF_YEAR);
                case 'Y' -> builder.appendValue(ChronoField.YEAR, 4);
                case 'y' -> builder.appendValueReduced(ChronoField.YEAR, 2, 2, 2000);
                case 'W' -> builder.appendValue(IsoFields.WEEK_OF_WEEK_BASED_YEAR, 2);
                case 'a' -> builder.appendText(ChronoField.AMPM_OF_DAY, LOWER_AM_PM);
                case 'A' -> builder.appendText(ChronoField.AMPM_OF_DAY, UPPER_AM_PM);
                case 'g' -> builder.appendValue(ChronoField.CLOCK_HOUR_OF_AMPM);
                case 'h' -> builder.appendValue(ChronoField.CLOCK_HOUR_OF_AMPM, 2);
                case 'G' -> builder.appendValue(ChronoField.HOUR_OF_DAY);
                case 'H' -> builder.appendValue(ChronoField.HOUR_OF_DAY, 2);
                case 'i' -> builder.appendValue(ChronoField.MINUTE_OF_HOUR, 2);
                case 's' -> builder.appendValue(ChronoField.SECOND_OF_MINUTE, 2);
                case 'T' -> builder.appendZoneText(TextStyle.SHORT);
                case 'e' -> builder.appendZoneRegionId();
                case 'P' -> builder.appendOffset("+HH:MM", "+00:00");
                case 'O' -> builder.appendOffset("+HHMM", "+0000");
                case '\\' -> {
                    if (i + 1 < format.length()) {
                        builder.appendLiteral(format.charAt(++i));
                    }
                }
                default -> {
                    if (Character.isLetter(c)) {
                        throw new IllegalArgumentException("uses the letter '" + c
                                + "', which Gazette does not support; escape it as \\" + c + " to print it as is");
                    }
                    builder.appendLiteral(c);
                }
            }
        }
        return builder.toFormatter(Locale.ENGLISH);
    }

    private static Map<Long, String> ordinalSuffixes() {
        var suffixes = new java.util.HashMap<Long, String>();
        for (long day = 1; day <= 31; day++) {
            String suffix = switch ((int) (day % 10)) {
                case 1 -> day == 11 ? "th" : "st";
                case 2 -> day == 12 ? "th" : "nd";
                case 3 -> day == 13 ? "th" : "rd";
                default -> "th";
            };
            suffixes.put(day, suffix);
        }
        return Map.copyOf(suffixes);
    }
}
