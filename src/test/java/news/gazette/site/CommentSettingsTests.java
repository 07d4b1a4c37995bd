package news.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import news.gazette.TestDataDirectory;
import news.gazette.Visitor;
import news.gazette.comments.Comments;
import news.gazette.publishing.ArticleStatus;
import news.gazette.publishing.NewArticle;
import news.gazette.publishing.Publishing;

/** The comment settings a site changes most: comments per page, and closing comments on old articles. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"gazette.comments.per-page=2", "gazette.comments.close-after=1000d"})
class CommentSettingsTests {

    private static final String ARTICLE = "/2022/02/15/what-a-four-day-week-taught-one-newsroom/";

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        String dataDir = TestDataDirectory.create("comment-settings").toString();
        registry.add("gazette.data-dir", () -> dataDir);
    }

    @LocalServerPort
    int port;

    @Autowired
    Publishing publishing;

    @Autowired
    Comments comments;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PageCache pageCache;

    @Test
    void threadsPaginateTopLevelCommentsOldestFirstAtStableAddresses() {
        long article = publishing.findPublicArticle("what-a-four-day-week-taught-one-newsroom").orElseThrow().id();
        for (String name : List.of("First", "Second", "Third")) {
            jdbc.sql("""
                            INSERT INTO comment (article_id, author_name, author_email, body, body_html, status, created_at)
                            VALUES (:article, :name, 'x@example.com', :name, :html, 'approved', :at)
                            """)
                    .param("article", article).param("name", name).param("html", "<p>" + name + "</p>")
                    .param("at", Timestamp.from(Instant.parse("2022-02-16T10:00:00Z").plusSeconds(List.of("First", "Third", "Second").indexOf(name))))
                    .update();
        }
        pageCache.invalidateAll();
        var reader = new Visitor(port);

        var first = Jsoup.parse(reader.get(ARTICLE).body());
        assertThat(first.select(".comment-content").eachText()).as("oldest first").containsExactly("First", "Third");
        assertThat(first.selectFirst("#comments-title").text()).isEqualTo("Comments (3)");
        assertThat(first.selectFirst(".comment-pagination a[rel=next]").attr("href"))
                .isEqualTo(ARTICLE + "comment-page-2/#comments");

        var second = Jsoup.parse(reader.get(ARTICLE + "comment-page-2/").body());
        assertThat(second.select(".comment-content").eachText()).containsExactly("Second");
        assertThat(second.selectFirst("link[rel=canonical]").attr("href")).endsWith(ARTICLE + "comment-page-2/");
        assertThat(reader.get(ARTICLE + "comment-page-3/").statusCode()).isEqualTo(404);
        assertThat(reader.get(ARTICLE + "comment-page-1/").statusCode()).isEqualTo(301);
    }

    @Test
    void commentsCloseByThemselvesOnArticlesOlderThanTheSetting() {
        var old = publishing.findPublicArticle("senora-nunez-and-the-last-ferry-to-isla-grande").orElseThrow();
        assertThat(comments.isOpen(old)).isFalse();
        assertThat(Jsoup.parse(new Visitor(port).get("/2022/02/20/" + old.slug() + "/").body())
                .selectFirst(".comments-closed").text()).isEqualTo("Comments are closed.");

        var author = publishing.author("marta-velasco").orElseThrow();
        var fresh = publishing.file(new NewArticle("Fresh news", "Today.", "", ArticleStatus.PUBLISHED,
                Instant.now().minusSeconds(60), author.id(), publishing.categories().getFirst().id(), List.of(), true));
        assertThat(comments.isOpen(fresh)).isTrue();
    }
}
