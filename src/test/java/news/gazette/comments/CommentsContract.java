package news.gazette.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the comments module promises about counts, on whichever database the subclass gives it. */
abstract class CommentsContract {

    @Autowired
    Comments comments;

    @Autowired
    CommentStore store;

    private static final Instant AT = Instant.parse("2022-01-23T10:00:00Z");

    private long comment(long article, Long parent, String name, String status) {
        return store.insert(article, parent, name, name.toLowerCase() + "@example.com", "", null, null, "Text by " + name,
                "<p>Text by " + name + "</p>", CommentStatus.ofColumn(status), "", null, false, null, AT);
    }

    @Test
    void countsApprovedCommentsOnly() {
        long article = 9_001;
        long first = comment(article, null, "Ana", "approved");
        comment(article, first, "Ben", "approved");
        comment(article, null, "Cy", "pending");
        comment(article, null, "Spam", "spam");
        long trashed = comment(article, null, "Di", "approved");
        store.setStatus(trashed, CommentStatus.TRASH, AT);

        assertThat(comments.countApproved(article)).isEqualTo(2);
    }

    @Test
    void countsZeroForArticlesWithoutComments() {
        long withComment = 9_002;
        comment(withComment, null, "Ana", "approved");

        assertThat(comments.countApproved(9_003)).isZero();
        assertThat(comments.countApproved(List.of(withComment, 9_003L))).isEqualTo(Map.of(withComment, 1L, 9_003L, 0L));
        assertThat(comments.countApproved(List.of())).isEmpty();
    }
}
