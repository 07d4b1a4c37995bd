package news.gazette.publishing;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The URL word for a title: lower-case ASCII letters, digits and single hyphens, accents transliterated
 * ("Tokáyev" becomes "tokayev", "Straße" becomes "strasse"). A title with nothing to keep falls back to a word
 * of the caller's choosing, so a slug is never empty.
 */
final class Slug {

    static final int MAX_LENGTH = 190;
    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
    private static final Map<String, String> LETTERS_WITHOUT_DECOMPOSITION = Map.ofEntries(
            Map.entry("ß", "ss"), Map.entry("æ", "ae"), Map.entry("œ", "oe"), Map.entry("ø", "o"),
            Map.entry("đ", "d"), Map.entry("ð", "d"), Map.entry("þ", "th"), Map.entry("ł", "l"),
            Map.entry("ı", "i"), Map.entry("ħ", "h"), Map.entry("ŧ", "t"), Map.entry("&", " and "));

    private Slug() {
    }

    static String of(String text, String fallback) {
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        for (var letter : LETTERS_WITHOUT_DECOMPOSITION.entrySet()) {
            lower = lower.replace(letter.getKey(), letter.getValue());
        }
        String ascii = COMBINING_MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        String slug = trimHyphens(SEPARATORS.matcher(ascii).replaceAll("-"));
        if (slug.length() > MAX_LENGTH) {
            int cut = slug.lastIndexOf('-', MAX_LENGTH);
            slug = trimHyphens(slug.substring(0, cut > 0 ? cut : MAX_LENGTH));
        }
        return slug.isEmpty() ? fallback : slug;
    }

    /** The slug itself if free, else the first of "slug-2", "slug-3", … that no one has taken. */
    static String unique(String slug, Collection<String> taken) {
        if (!taken.contains(slug)) {
            return slug;
        }
        for (int n = 2; ; n++) {
            String candidate = slug + "-" + n;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    static boolean isWellFormed(String candidate) {
        return candidate != null && candidate.length() <= MAX_LENGTH + 12 && VALID.matcher(candidate).matches();
    }

    private static String trimHyphens(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '-') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '-') {
            end--;
        }
        return text.substring(start, end);
    }
}
