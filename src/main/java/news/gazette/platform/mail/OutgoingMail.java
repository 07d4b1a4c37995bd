package news.gazette.platform.mail;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * One plain-text mail to one recipient. {@code to} is one address, "ana@example.com" or "Ana &lt;ana@example.com&gt;".
 * {@code headers} are extra header fields such as {@code List-Unsubscribe}, kept in the given order; the mailer
 * sets From, To, Subject, Date, Message-ID and the content headers itself, so those names are refused here.
 * <p>
 * Rejects with an {@link IllegalArgumentException} naming the field: a blank or malformed {@code to}, a blank
 * subject or text, and a line break or other control character in the recipient, the subject or a header, with
 * which a caller's input could add headers or recipients of its own. Messages never repeat the rejected value.
 */
public record OutgoingMail(String to, String subject, String text, Map<String, String> headers) {

    // RFC 5322 field names: printable US-ASCII except the colon
    private static final Pattern HEADER_NAME = Pattern.compile("[!-9;-~]+");
    private static final Set<String> SET_BY_MAILER = Set.of("to", "cc", "bcc", "from", "sender", "subject", "date",
            "message-id", "mime-version", "content-type", "content-transfer-encoding");

    public OutgoingMail {
        to = address(to);
        subject = singleLine("subject", subject);
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("text must not be blank");
        }
        headers = headers(headers);
    }

    public OutgoingMail(String to, String subject, String text) {
        this(to, subject, text, Map.of());
    }

    private static String address(String to) {
        String address = singleLine("to", to);
        try {
            // strict parsing refuses lists ("a@x, b@y") and addresses without a domain; a group has no mailbox
            if (new InternetAddress(address, true).isGroup()) {
                throw new IllegalArgumentException("to must be one email address, not a group");
            }
        } catch (AddressException e) {
            throw new IllegalArgumentException("to is not an email address like ana@example.com");
        }
        return address;
    }

    private static String singleLine(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        requireNoControlCharacters(field, value);
        return value.strip();
    }

    private static Map<String, String> headers(Map<String, String> headers) {
        if (headers == null || headers.isEmpty()) {
            return Map.of();
        }
        var names = new HashSet<String>();
        headers.forEach((name, value) -> {
            if (name == null || !HEADER_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException(
                        "headers: a header name must be printable ASCII without spaces or colons");
            }
            if (SET_BY_MAILER.contains(name.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("headers: " + name + " is set by the mailer, not by the caller");
            }
            if (!names.add(name.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("headers: " + name + " is given twice");
            }
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("headers: the value of " + name + " must not be blank");
            }
            requireNoControlCharacters("headers: the value of " + name, value);
        });
        return Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    private static void requireNoControlCharacters(String field, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\t' || c == '\u2028' || c == '\u2029') {
                throw new IllegalArgumentException(field + " must not contain line breaks or control characters");
            }
        }
    }
}
