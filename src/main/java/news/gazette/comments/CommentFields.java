package news.gazette.comments;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The checks every comment passes before any rule looks at it, with WordPress's limits. Each error names its
 * field in plain words. Values are trimmed; a website without a scheme gets "https://".
 */
record CommentFields(String body, String name, String email, String website) {

    static final int MAX_BODY = 65_525;
    static final int MAX_NAME = 245;
    static final int MAX_EMAIL = 100;
    static final int MAX_WEBSITE = 200;

    // one @, no spaces or angle brackets, a dot in the domain: what mail servers accept in practice
    private static final Pattern EMAIL = Pattern.compile("[^\\s@<>()\\[\\],;:\"]+@[^\\s@<>()\\[\\],;:\"]+\\.[^\\s@<>()\\[\\],;:\"]+");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\r\\t]]");

    static CommentFields cleaned(CommentSubmission submission) {
        return cleaned(submission.body(), submission.name(), submission.email(), submission.website());
    }

    static CommentFields cleaned(String body, String name, String email, String website) {
        return new CommentFields(clean(body, true), clean(name, false), clean(email, false).toLowerCase(Locale.ROOT),
                website(clean(website, false)));
    }

    /** Whether {@code email}, trimmed, is an address the public form would take. */
    static boolean isEmail(String email) {
        return email.length() <= MAX_EMAIL && EMAIL.matcher(email).matches();
    }

    /** What is wrong, in words for the reader who wrote the comment; empty when nothing is. */
    Map<String, String> errors() {
        return errors(Wording.READER);
    }

    /** The same checks, in words for a moderator changing someone else's comment. */
    Map<String, String> errorsForModerator() {
        return errors(Wording.MODERATOR);
    }

    private enum Wording { READER, MODERATOR }

    private Map<String, String> errors(Wording wording) {
        boolean reader = wording == Wording.READER;
        var errors = new LinkedHashMap<String, String>();
        if (body.isEmpty()) {
            errors.put("comment", reader ? "Please type your comment." : "Enter the comment's text.");
        } else if (body.length() > MAX_BODY) {
            errors.put("comment", (reader ? "Your comment is too long" : "The comment is too long")
                    + ": it has %,d characters and may have %,d at most.".formatted(body.length(), MAX_BODY));
        }
        if (name.isEmpty()) {
            errors.put("author", reader ? "Please enter your name." : "Enter the name of the comment's author.");
        } else if (name.length() > MAX_NAME) {
            errors.put("author", (reader ? "Your name is too long" : "The name is too long")
                    + ": %d characters at most.".formatted(MAX_NAME));
        }
        if (email.isEmpty()) {
            errors.put("email", reader ? "Please enter your email address. It will not be published."
                    : "Enter the author's email address. It is not published.");
        } else if (email.length() > MAX_EMAIL) {
            errors.put("email", (reader ? "Your email address is too long" : "The email address is too long")
                    + ": %d characters at most.".formatted(MAX_EMAIL));
        } else if (!EMAIL.matcher(email).matches()) {
            errors.put("email", (reader ? "Please enter" : "Enter") + " a valid email address, like name@example.com.");
        }
        if (website.length() > MAX_WEBSITE) {
            errors.put("url", (reader ? "Your website address is too long" : "The website address is too long")
                    + ": %d characters at most.".formatted(MAX_WEBSITE));
        } else if (!website.isEmpty() && !isWebAddress(website)) {
            errors.put("url", (reader ? "Please enter" : "Enter")
                    + " a website address that starts with http:// or https://, or leave it empty.");
        }
        return errors;
    }

    private static String clean(String value, boolean multiline) {
        if (value == null) {
            return "";
        }
        String withoutControls = CONTROL.matcher(value).replaceAll("");
        return (multiline ? withoutControls : withoutControls.replaceAll("[\\n\\r\\t]+", " ")).strip();
    }

    private static String website(String value) {
        if (value.isEmpty() || value.contains("://") || value.contains(":")) {
            return value;
        }
        return "https://" + value;
    }

    private static boolean isWebAddress(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && !value.contains(" ") && uri.getUserInfo() == null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
