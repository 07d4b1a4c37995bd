package news.gazette.comments.spam;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a comment into the set of tokens the filter counts. A comment yields each token once however often it
 * repeats it, so a token's counts read as "appeared in N comments". The tokens:
 * <ul>
 * <li>words of the body: runs of letters, marks and digits of any script, lower-cased, 2 to 30 characters long;
 *     longer runs (ids, encoded junk, unspaced Chinese or Japanese) are left out rather than cut;</li>
 * <li>{@code host:example.com} for each link in the body (starting http://, https:// or www.), without "www.";
 *     its words ("com", "watch", "channel") are read as words too, which catches more spam;</li>
 * <li>{@code links:0}, {@code links:1} or {@code links:2+}: how many different links the body has;</li>
 * <li>{@code site:example.com} for the website field and {@code email-domain:example.com} for the email;</li>
 * <li>{@code name:word} for each word of the author's name;</li>
 * <li>{@code agent:none} when no user agent was sent, else {@code agent:} and its first product name
 *     ("mozilla", "curl");</li>
 * <li>{@code shape:shouting} when at least 70% of the body's letters are capitals, and it has 10 or more.</li>
 * </ul>
 * Words never contain a colon, so a feature token is never mistaken for a word.
 */
final class Tokenizer {

    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"'()\\[\\]{}]+");
    private static final Pattern SCHEME = Pattern.compile("(?i)^[a-z][a-z0-9+.-]*://");
    private static final Pattern HOST = Pattern.compile("^(?:[^/?#@]*@)?([\\p{L}\\p{M}\\p{N}.-]+)");
    private static final Pattern DOMAIN = Pattern.compile("[\\p{L}\\p{M}\\p{N}.-]+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
    private static final Pattern PRODUCT = Pattern.compile("^\\s*([A-Za-z0-9._-]+)");

    private Tokenizer() {
    }

    static Set<String> tokens(CommentText text) {
        var tokens = new TreeSet<String>();
        // NFKC folds full-width letters and ligatures, which spammers use to dodge word lists, to plain letters
        String body = Normalizer.normalize(text.body(), Normalizer.Form.NFKC);

        var links = new HashSet<String>();
        Matcher link = LINK.matcher(body);
        while (link.find()) {
            links.add(link.group().toLowerCase(Locale.ROOT));
            host(link.group()).ifPresent(host -> tokens.add("host:" + host));
        }
        tokens.add(links.isEmpty() ? "links:0" : links.size() == 1 ? "links:1" : "links:2+");

        tokens.addAll(words(body));
        if (shouts(body)) {
            tokens.add("shape:shouting");
        }

        if (!text.authorUrl().isBlank()) {
            host(text.authorUrl().strip()).ifPresent(host -> tokens.add("site:" + host));
        }
        int at = text.authorEmail().lastIndexOf('@');
        if (at >= 0) {
            domain(text.authorEmail().substring(at + 1)).ifPresent(domain -> tokens.add("email-domain:" + domain));
        }
        for (String word : words(Normalizer.normalize(text.authorName(), Normalizer.Form.NFKC))) {
            tokens.add("name:" + word);
        }
        tokens.add("agent:" + agent(text.userAgent()));
        return tokens;
    }

    private static Set<String> words(String text) {
        var words = new HashSet<String>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            int length = word.group().codePointCount(0, word.group().length());
            if (length >= 2 && length <= 30) {
                words.add(word.group().toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    /** The host of a link or website, lower-cased and without "www."; the scheme is optional. */
    private static Optional<String> host(String url) {
        Matcher host = HOST.matcher(SCHEME.matcher(url).replaceFirst(""));
        return host.find() ? domain(host.group(1)) : Optional.empty();
    }

    private static Optional<String> domain(String name) {
        String domain = name.strip().toLowerCase(Locale.ROOT).replaceAll("^\\.+|\\.+$", "");
        if (domain.startsWith("www.")) {
            domain = domain.substring(4);
        }
        return domain.isEmpty() || !DOMAIN.matcher(domain).matches() ? Optional.empty() : Optional.of(domain);
    }

    private static boolean shouts(String text) {
        int upper = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
                letters++;
            } else if (Character.isLowerCase(c)) {
                letters++;
            }
            i += Character.charCount(c);
        }
        return letters >= 10 && upper * 10 >= letters * 7;
    }

    private static String agent(String userAgent) {
        if (userAgent.isBlank()) {
            return "none";
        }
        Matcher product = PRODUCT.matcher(userAgent);
        return product.find() ? product.group(1).toLowerCase(Locale.ROOT) : "other";
    }
}
