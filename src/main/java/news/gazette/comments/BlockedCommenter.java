package news.gazette.comments;

import java.time.Instant;

/**
 * A block a moderator set: on an email address ({@code kind} "email"), or on an IP address or a range of them
 * ("address", a range written as "203.0.113.0/24"), with who set it and when.
 */
public record BlockedCommenter(String kind, String value, String blockedBy, Instant blockedAt) {

    public boolean isEmail() {
        return kind.equals("email");
    }

    public boolean isRange() {
        return !isEmail() && value.contains("/");
    }
}
