package news.gazette.site;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;

import news.gazette.platform.SiteSettings;

/**
 * The comment form's defence against cross-site posting, without a session: a browser names the page a form came
 * from in Origin (or Referer); a post naming another site is refused. A post naming neither is let through, as
 * some privacy tools strip both; the signed form token still has to be right.
 */
final class SameOrigin {

    private SameOrigin() {
    }

    static boolean allows(HttpServletRequest request, SiteSettings site) {
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null || origin.equals("null")) {
            String referer = request.getHeader(HttpHeaders.REFERER);
            if (referer == null) {
                return origin == null;
            }
            origin = referer;
        }
        String claimed = originOf(origin);
        return claimed != null && (claimed.equals(originOf(site.baseUrl())) || claimed.equals(ownOrigin(request)));
    }

    private static String ownOrigin(HttpServletRequest request) {
        String host = request.getHeader(HttpHeaders.HOST);
        return host == null ? null : request.getScheme() + "://" + host.toLowerCase(java.util.Locale.ROOT);
    }

    private static String originOf(String url) {
        try {
            URI uri = URI.create(url);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            return uri.getScheme().toLowerCase(java.util.Locale.ROOT) + "://" + uri.getHost().toLowerCase(java.util.Locale.ROOT)
                    + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
