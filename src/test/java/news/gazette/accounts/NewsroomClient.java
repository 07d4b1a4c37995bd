package news.gazette.accounts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * One browser's worth of the newsroom over real HTTP: its own cookies, an IP address of its own (sent as
 * X-Forwarded-For, which the server trusts from localhost), and forms posted with the CSRF token of the page it
 * last saw. Redirects are followed, and each step is kept, so tests see them.
 */
final class NewsroomClient {

    /** A page as the browser got it, after redirects; {@code redirectedFrom} is the first answer when it redirected. */
    record Page(int status, URI uri, Document document, HttpResponse<String> redirectedFrom) {

        String text() {
            return document.text();
        }

        String title() {
            return document.title();
        }

        /** The error summary's text, or "" when the page has none. */
        String errorSummary() {
            var summary = document.selectFirst(".error-summary");
            return summary == null ? "" : summary.text();
        }

        String field(String id) {
            var input = document.getElementById(id);
            return input == null ? null : input.attr("value");
        }
    }

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private final String address;
    private Document lastPage;

    NewsroomClient(int port, String address) {
        this.base = "http://localhost:" + port;
        this.address = address;
    }

    Page get(String path) {
        return follow(send(request(path).GET().build()), null);
    }

    /** Posts the form with the CSRF token of the last page seen. */
    Page post(String path, String... namesAndValues) {
        return follow(postRaw(path, true, namesAndValues), null);
    }

    /** Posts without following a redirect; without the CSRF token if {@code withCsrf} is false. */
    HttpResponse<String> postRaw(String path, boolean withCsrf, String... namesAndValues) {
        var form = new StringJoiner("&");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.add(encode(namesAndValues[i]) + "=" + encode(namesAndValues[i + 1]));
        }
        if (withCsrf) {
            var token = lastPage == null ? null : lastPage.selectFirst("input[name=_csrf]");
            if (token == null) {
                throw new IllegalStateException("the last page has no form with a CSRF token");
            }
            form.add("_csrf=" + encode(token.attr("value")));
        }
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build());
    }

    HttpResponse<String> getRaw(String path) {
        return send(request(path).GET().build());
    }

    /** Signs in through the form, from whatever page the newsroom shows first. */
    Page signIn(String email, String password) {
        get("/login");
        return post("/login", "username", email, "password", password);
    }

    boolean hasSession() {
        return cookies.getCookieStore().getCookies().stream().anyMatch(cookie -> cookie.getName().equals("JSESSIONID"));
    }

    Page follow(HttpResponse<String> response, HttpResponse<String> first) {
        var redirect = response.headers().firstValue("Location");
        if (response.statusCode() / 100 == 3 && redirect.isPresent()) {
            var next = response.uri().resolve(redirect.get());
            String path = next.getRawQuery() == null ? next.getRawPath() : next.getRawPath() + "?" + next.getRawQuery();
            return follow(send(request(path).GET().build()), first == null ? response : first);
        }
        lastPage = Jsoup.parse(response.body(), response.uri().toString());
        return new Page(response.statusCode(), response.uri(), lastPage, first);
    }

    private HttpRequest.Builder request(String path) {
        var request = HttpRequest.newBuilder(URI.create(base + path));
        if (address != null) {
            request.header("X-Forwarded-For", address);
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
