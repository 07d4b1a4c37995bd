package news.gazette.newsroom;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Someone in the newsroom over real HTTP, with a session cookie, signed in through the real form. Does not follow
 * redirects, so tests see them. Form posts carry the CSRF token of the last page read, as a browser's would.
 */
final class NewsroomSession {

    private final java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
            .cookieHandler(new CookieManager()).followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
    private final String base;
    private String csrf = "";

    private NewsroomSession(int port) {
        this.base = "http://localhost:" + port;
    }

    static NewsroomSession signedOut(int port) {
        return new NewsroomSession(port);
    }

    /** Signs in with the login form, CSRF token and all; fails unless that lands in the newsroom. */
    static NewsroomSession signIn(int port, String email, String password) {
        var session = new NewsroomSession(port);
        session.page("/login");
        var landed = session.post("/login", Map.of("username", List.of(email), "password", List.of(password)));
        String location = landed.headers().firstValue("Location").orElse("");
        if ((landed.statusCode() != 302 && landed.statusCode() != 303) || !location.endsWith("/newsroom/")) {
            throw new IllegalStateException("sign-in as " + email + " failed: " + landed.statusCode() + " " + location);
        }
        session.get("/newsroom/"); // signing in gave the session a new CSRF token: read it from the page landed on
        return session;
    }

    HttpResponse<String> get(String path) {
        var response = send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
        var token = Jsoup.parse(response.body()).selectFirst("input[name=_csrf]");
        if (token != null) {
            csrf = token.attr("value");
        }
        return response;
    }

    Document page(String path) {
        return Jsoup.parse(get(path).body(), base + path);
    }

    /** Posts a form with the CSRF token of the last page read. */
    HttpResponse<String> post(String path, Map<String, List<String>> fields) {
        var withToken = new java.util.LinkedHashMap<>(fields);
        withToken.put("_csrf", List.of(csrf));
        return postWithoutToken(path, withToken);
    }

    HttpResponse<String> postWithoutToken(String path, Map<String, List<String>> fields) {
        String body = fields.entrySet().stream()
                .flatMap(field -> field.getValue().stream().map(value -> encode(field.getKey()) + "=" + encode(value)))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /**
     * Posts a multipart form with one file, as a browser's upload form does: the CSRF token of the last page read
     * goes in as a field unless {@code withToken} is false.
     */
    HttpResponse<String> postFile(String path, String fileName, byte[] file, Map<String, String> fields,
                                  boolean withToken) {
        String boundary = "----gazette" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        var all = new java.util.LinkedHashMap<>(fields);
        if (withToken) {
            all.put("_csrf", csrf);
        }
        all.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** Where a 303 or 302 sends the browser, as a path. */
    static String location(HttpResponse<String> response) {
        if (response.statusCode() != 303 && response.statusCode() != 302) {
            throw new AssertionError("expected a redirect, got " + response.statusCode() + ": " + response.body());
        }
        return response.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }

    /** The id of the article the editor just saved, from the redirect back to its edit page. */
    static long savedArticleId(HttpResponse<String> response) {
        var matcher = java.util.regex.Pattern.compile("/newsroom/articles/(\\d+)/edit\\?done=\\w+").matcher(location(response));
        if (!matcher.matches()) {
            throw new AssertionError("expected the redirect to a saved article, got " + location(response));
        }
        return Long.parseLong(matcher.group(1));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
