package news.gazette.site;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves anonymous readers' page views from the {@link PageCache}, ahead of every other filter, and keeps what
 * the site renders for them. Only plain GETs of public pages take part: no query string, no sign-in or commenter
 * cookie. Only complete HTML pages that set no cookie are kept. Answers with 304 when the reader has the page.
 */
class PageCacheFilter extends OncePerRequestFilter {

    /** Cookies that make a reader someone in particular, who is served fresh pages. */
    static final Set<String> PERSONAL_COOKIES = Set.of("JSESSIONID", "gazette_commenter");
    static final String CACHE_CONTROL = "no-cache";
    private static final List<String> PRIVATE_PREFIXES = List.of("/newsroom", "/login", "/logout", "/actuator", "/assets");
    private static final Set<String> UNCOPIED_HEADERS = Set.of(HttpHeaders.SET_COOKIE.toLowerCase(),
            HttpHeaders.CONTENT_LENGTH.toLowerCase(), HttpHeaders.DATE.toLowerCase(),
            HttpHeaders.TRANSFER_ENCODING.toLowerCase(), HttpHeaders.CONNECTION.toLowerCase());

    private final PageCache cache;

    PageCacheFilter(PageCache cache) {
        this.cache = cache;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isAnonymousPageView(request)) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI();
        CachedPage page = cache.find(path);
        if (page != null) {
            serve(page, request, response);
            return;
        }
        if (!"GET".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        long generation = cache.generation();
        var recorder = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, recorder);
        if (isKeepable(recorder)) {
            recorder.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
            recorder.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
            CachedPage rendered = CachedPage.of(headersOf(recorder), recorder.getContentAsByteArray());
            recorder.setHeader(HttpHeaders.ETAG, rendered.etag());
            cache.store(path, rendered, generation);
        }
        recorder.copyBodyToResponse();
    }

    private static boolean isAnonymousPageView(HttpServletRequest request) {
        String method = request.getMethod();
        if (!("GET".equals(method) || "HEAD".equals(method)) || request.getQueryString() != null) {
            return false;
        }
        String path = request.getRequestURI();
        for (String prefix : PRIVATE_PREFIXES) {
            if (path.startsWith(prefix)) {
                return false;
            }
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (PERSONAL_COOKIES.contains(cookie.getName())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isKeepable(ContentCachingResponseWrapper response) {
        String type = response.getContentType();
        return response.getStatus() == HttpServletResponse.SC_OK
                && type != null && type.startsWith("text/html")
                && !response.containsHeader(HttpHeaders.SET_COOKIE)
                && !response.containsHeader(HttpHeaders.CACHE_CONTROL)
                && response.getContentSize() > 0;
    }

    private static Map<String, List<String>> headersOf(HttpServletResponse response) {
        var headers = new LinkedHashMap<String, List<String>>();
        for (String name : response.getHeaderNames()) {
            if (!UNCOPIED_HEADERS.contains(name.toLowerCase())) {
                headers.put(name, new ArrayList<>(response.getHeaders(name)));
            }
        }
        headers.put(HttpHeaders.CONTENT_TYPE, List.of(response.getContentType()));
        return headers;
    }

    private static void serve(CachedPage page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        page.headers().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        String acceptEncoding = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        boolean gzip = acceptEncoding != null && acceptEncoding.contains("gzip");
        String etag = gzip ? page.gzippedEtag() : page.etag();
        response.setHeader(HttpHeaders.ETAG, etag);
        if (etag.equals(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] body = page.body();
        if (gzip) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
            body = page.gzipped();
        }
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }
}
