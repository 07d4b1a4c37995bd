package news.gazette.comments;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import news.gazette.TestDataDirectory;

@SpringBootTest(properties = "gazette.demo-content=false")
class CommentsSqliteTests extends CommentsContract {

    @DynamicPropertySource
    static void sqlite(DynamicPropertyRegistry registry) {
        String dataDir = TestDataDirectory.create("comments-sqlite").toString();
        registry.add("gazette.data-dir", () -> dataDir);
    }
}
