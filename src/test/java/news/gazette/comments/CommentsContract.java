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

    @Test
    void countsApprovedCommentsOnly() {
        long article = 9_001;
        long first = store.insert(article, null, "Ana", "ana@example.com", "", "First", "approved", AT);
        store.insert(article, first, "Ben", "ben@example.com", "https://ben.example", "Reply", "approved", AT);
        store.insert(article, null, "Cy", "cy@example.com", "", "Held", "pending", AT);
        store.insert(article, null, "Spam", "spam@example.com", "", "Buy", "spam", AT);
        long trashed = store.insert(article, null, "Di", "di@example.com", "", "Oops", "approved", AT);
        store.setStatus(trashed, "trash");

        assertThat(comments.countApproved(article)).isEqualTo(2);
    }

    @Test
    void countsZeroForArticlesWithoutComments() {
        long withComment = 9_002;
        store.insert(withComment, null, "Ana", "ana@example.com", "", "Hi", "approved", AT);

        assertThat(comments.countApproved(9_003)).isZero();
        assertThat(comments.countApproved(List.of(withComment, 9_003L))).isEqualTo(Map.of(withComment, 1L, 9_003L, 0L));
        assertThat(comments.countApproved(List.of())).isEmpty();
    }
}
