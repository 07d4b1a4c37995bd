package news.gazette.site;

import java.time.Duration;

import org.springframework.http.ResponseCookie;

import news.gazette.platform.SiteSettings;

/**
 * The cookie that remembers a commenter's name, email and website, set only when they tick "Save my name…".
 * It is signed, so it also proves which comments awaiting moderation are theirs to see; a reader who has it
 * gets pages made for them rather than the shared cached copy.
 */
final class CommentCookie {

    static final String NAME = "gazette_commenter";
    private static final Duration LIFETIME = Duration.ofDays(365);

    private CommentCookie() {
    }

    static String set(String value, SiteSettings site) {
        return cookie(value, LIFETIME, site);
    }

    static String clear(SiteSettings site) {
        return cookie("", Duration.ZERO, site);
    }

    private static String cookie(String value, Duration maxAge, SiteSettings site) {
        return ResponseCookie.from(NAME, value)
                .path("/")
                .maxAge(maxAge)
                .httpOnly(true)
                .secure(site.baseUrl().startsWith("https:"))
                .sameSite("Lax")
                .build()
                .toString();
    }
}
