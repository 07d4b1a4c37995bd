package news.gazette.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.springframework.jdbc.core.simple.JdbcClient;

import news.gazette.Visitor;

/**
 * Readers commenting through an article's real public form over HTTP, each from the IP address given (sent as
 * X-Forwarded-For, which the server trusts from localhost). The form's timing and flood limits must be off.
 */
final class ReaderComments {

    private final int port;
    private final JdbcClient jdbc;
    private final String article;

    ReaderComments(int port, JdbcClient jdbc, String article) {
        this.port = port;
        this.jdbc = jdbc;
        this.article = article;
    }

    /** Posts a comment (a reply to {@code parent} unless it is null); returns the stored comment's id. */
    long post(String comment, String name, String email, String ip, Long parent) {
        var reader = new Visitor(port);
        var page = Jsoup.parse(reader.get(article).body());
        var fields = new LinkedHashMap<String, String>();
        for (var input : page.select("#commentform input[type=hidden]")) {
            fields.put(input.attr("name"), input.attr("value"));
        }
        fields.putAll(Map.of("comment", comment, "author", name, "email", email, "url", "", "homepage", ""));
        if (parent != null) {
            fields.put("comment_parent", parent.toString());
        }
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        var response = reader.send(HttpRequest.newBuilder(URI.create(reader.url("/comments")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", ip)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(303);
        return jdbc.sql("SELECT MAX(id) FROM comment WHERE author_email = :email")
                .param("email", email.toLowerCase()).query(Long.class).single();
    }

    long post(String comment, String name, String email, String ip) {
        return post(comment, name, email, ip, null);
    }

    String status(long id) {
        return jdbc.sql("SELECT status FROM comment WHERE id = :id").param("id", id).query(String.class).single();
    }

    String heldReason(long id) {
        return jdbc.sql("SELECT held_reason FROM comment WHERE id = :id").param("id", id).query(String.class).single();
    }
}
