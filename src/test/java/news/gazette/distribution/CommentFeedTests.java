package news.gazette.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;

import com.rometools.rome.io.SyndFeedInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import news.gazette.TestDataDirectory;
import news.gazette.Visitor;
import news.gazette.comments.CommentModeration;
import news.gazette.publishing.Publishing;

/** The comment feeds: valid RSS 2.0, approved comments only, names but never emails. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "gazette.site.base-url=https://news.example.com")
class CommentFeedTests {

    private static final String ARTICLE = "/2022/02/10/small-ports-bet-on-electric-cranes/";

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        String dataDir = TestDataDirectory.create("comment-feed").toString();
        registry.add("gazette.data-dir", () -> dataDir);
    }

    @LocalServerPort
    int port;

    @Autowired
    Publishing publishing;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CommentModeration moderation;

    private long comment(String name, String email, String body, String status) {
        long article = publishing.findPublicArticle("small-ports-bet-on-electric-cranes").orElseThrow().id();
        return jdbc.sql("""
                        INSERT INTO comment (article_id, author_name, author_email, body, body_html, status, created_at)
                        VALUES (:article, :name, :email, :body, :html, :status, :at) RETURNING id
                        """)
                .param("article", article).param("name", name).param("email", email).param("body", body)
                .param("html", "<p>" + body + "</p>").param("status", status)
                .param("at", java.sql.Timestamp.from(Instant.parse("2022-02-11T10:00:00Z")))
                .query(Long.class).single();
    }

    @Test
    void feedsCarryApprovedCommentsByNameAndNeverAnEmail() throws Exception {
        long shown = comment("Rosa", "rosa.private@example.net", "Electric cranes are quiet.", "pending");
        moderation.approve(shown, "moderator@example.com");
        comment("Held", "held.private@example.net", "Not yet approved.", "pending");

        var reader = new Visitor(port);
        for (String path : new String[] {"/comments/feed/", ARTICLE + "feed/"}) {
            var response = reader.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/rss+xml"));
            assertThat(response.body()).as(path).doesNotContain("rosa.private", "held.private", "Not yet approved");
            var feed = new SyndFeedInput().build(new StringReader(response.body()));
            assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
            var entry = feed.getEntries().getFirst();
            assertThat(entry.getTitle()).isEqualTo("By: Rosa");
            assertThat(entry.getLink()).isEqualTo("https://news.example.com" + ARTICLE + "#comment-" + shown);
            assertThat(entry.getAuthor()).isEqualTo("Rosa");
            assertThat(entry.getDescription().getValue()).isEqualTo("<p>Electric cranes are quiet.</p>");
        }
        assertThat(reader.get("/2022/02/10/no-such-article/feed/").statusCode()).isEqualTo(404);
    }
}
