package news.gazette.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the comments module promises, on whichever database the subclass gives it. */
@org.springframework.context.annotation.Import(news.gazette.TestClockConfiguration.class)
abstract class CommentsContract {

    @Autowired
    Comments comments;

    @Autowired
    CommentStore store;

    @Autowired
    CommentModeration moderation;

    @Autowired
    news.gazette.publishing.Publishing publishing;

    @Autowired
    news.gazette.MutableClock clock;

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

    @Test
    void recordsEveryModerationActionWithWhoAndWhen() {
        long id = comment(9_010, null, "Eve", "pending");
        moderation.approve(id, "mod@example.com");
        moderation.unapprove(id, "mod@example.com");
        moderation.markSpam(id, "editor@example.com");
        moderation.restore(id, "editor@example.com");
        moderation.trash(id, "mod@example.com");
        moderation.restore(id, "mod@example.com");
        moderation.edit(id, new CommentEdit("Eve", "eve@example.com", "", "Edited <b>text</b>"), "editor@example.com");

        assertThat(moderation.history(id)).extracting(ModerationRecord::action, ModerationRecord::actor).containsExactly(
                org.assertj.core.groups.Tuple.tuple("approve", "mod@example.com"),
                org.assertj.core.groups.Tuple.tuple("unapprove", "mod@example.com"),
                org.assertj.core.groups.Tuple.tuple("spam", "editor@example.com"),
                org.assertj.core.groups.Tuple.tuple("restore", "editor@example.com"),
                org.assertj.core.groups.Tuple.tuple("trash", "mod@example.com"),
                org.assertj.core.groups.Tuple.tuple("restore", "mod@example.com"),
                org.assertj.core.groups.Tuple.tuple("edit", "editor@example.com"));
        var stored = store.find(id).orElseThrow();
        assertThat(stored.status()).isEqualTo(CommentStatus.PENDING);
        assertThat(stored.bodyHtml()).isEqualTo("<p>Edited &lt;b&gt;text&lt;/b&gt;</p>");
    }

    @Test
    void deletingACommentKeepsItsRepliesUnderItsParent() {
        long article = 9_011;
        long root = comment(article, null, "Root", "approved");
        long middle = comment(article, root, "Middle", "approved");
        long leaf = comment(article, middle, "Leaf", "approved");

        moderation.delete(middle, "mod@example.com");

        assertThat(store.find(middle)).isEmpty();
        assertThat(store.find(leaf).orElseThrow().parentId()).isEqualTo(root);
        var thread = comments.thread(article, 1, CommentViewer.ANONYMOUS);
        assertThat(thread.comments()).singleElement().satisfies(top -> {
            assertThat(top.comment().id()).isEqualTo(root);
            assertThat(top.replies()).extracting(reply -> reply.comment().id()).containsExactly(leaf);
        });
        assertThat(moderation.history(middle)).extracting(ModerationRecord::action).containsExactly("delete");
    }

    @Test
    void threadsNestRepliesToTheConfiguredDepthAndPageTopLevelComments() {
        long article = 9_012;
        Long parent = null;
        long first = 0;
        for (int level = 1; level <= 7; level++) {
            long id = comment(article, parent, "Level" + level, "approved");
            first = first == 0 ? id : first;
            parent = id;
        }
        var thread = comments.thread(article, 1, CommentViewer.ANONYMOUS);
        var node = thread.comments().getFirst();
        int depth = 1;
        while (!node.replies().isEmpty()) {
            assertThat(node.depth()).isEqualTo(Math.min(depth, 5));
            assertThat(node.canReply()).isEqualTo(depth < 5);
            node = node.replies().getFirst();
            depth++;
        }
        assertThat(depth).isEqualTo(7);
        assertThat(node.depth()).isEqualTo(5);
        assertThat(thread.approvedCount()).isEqualTo(7);
        assertThat(thread.totalPages()).isEqualTo(1);
        assertThat(comments.thread(article, 2, CommentViewer.ANONYMOUS).comments()).isEmpty();
    }

    @Test
    void showsACommentAwaitingModerationOnlyToTheViewerWhoWroteIt() {
        long article = 9_013;
        long held = comment(article, null, "Fay", "pending");
        comment(article, null, "Gil", "approved");

        assertThat(ids(comments.thread(article, 1, CommentViewer.ANONYMOUS))).doesNotContain(held);
        assertThat(ids(comments.thread(article, 1, new CommentViewer("fay@example.com", 0)))).contains(held);
        assertThat(ids(comments.thread(article, 1, new CommentViewer(null, held)))).contains(held);
        assertThat(ids(comments.thread(article, 1, new CommentViewer("gil@example.com", 0)))).doesNotContain(held);
        var viewer = comments.viewer(null, Long.toString(held), comments.moderationHash(held));
        assertThat(viewer.commentId()).isEqualTo(held);
        assertThat(comments.viewer(null, Long.toString(held), "forged")).isEqualTo(CommentViewer.ANONYMOUS);
    }

    @Test
    void publicViewsCarryNoEmailOrAddress() {
        long id = store.insert(9_014, null, "Hal", "hal.secret@example.com", "", "192.0.2.7", "Agent/1", "Hi", "<p>Hi</p>",
                CommentStatus.APPROVED, "", null, false, null, AT);
        var view = comments.thread(9_014, 1, CommentViewer.ANONYMOUS).comments().getFirst().comment();
        assertThat(view.id()).isEqualTo(id);
        assertThat(view.toString()).doesNotContain("hal.secret", "192.0.2.7", "Agent/1");
        assertThat(view.avatarKey()).hasSize(22).isNotEqualTo(comments.avatarKey("other@example.com"))
                .isEqualTo(comments.avatarKey("HAL.SECRET@example.com"));
    }

    private static List<Long> ids(CommentThread thread) {
        return thread.comments().stream().map(c -> c.comment().id()).toList();
    }

    @Test
    void moderatorsDecisionsTeachTheSpamFilterOnceAndReversalsUnteach() {
        long id = comment(9_020, null, "Kim", "pending");
        moderation.approve(id, "mod@example.com");
        assertThat(store.learnedAs(id)).isEqualTo("ham");
        moderation.approve(id, "mod@example.com");
        moderation.markSpam(id, "mod@example.com");
        assertThat(store.learnedAs(id)).isEqualTo("spam");
        moderation.restore(id, "mod@example.com");
        assertThat(store.learnedAs(id)).as("taken out of the spam: not spam after all").isNull();
        moderation.markSpam(id, "mod@example.com");
        moderation.trash(id, "mod@example.com");
        moderation.restore(id, "mod@example.com");
        assertThat(store.learnedAs(id)).as("taken out of the trash: says nothing about spam").isEqualTo("spam");
    }

    @Test
    void holdsACommentTheFilterLearnedToTakeForSpamAndSaysWhy() {
        var author = publishing.addAuthor("Filter Writer " + System.nanoTime(), "");
        var section = publishing.addCategory("Filter Section " + System.nanoTime(), "");
        var article = publishing.file(new news.gazette.publishing.NewArticle("Filter test " + System.nanoTime(), "Body", "",
                news.gazette.publishing.ArticleStatus.PUBLISHED, clock.instant().minusSeconds(3600), author.id(),
                section.id(), List.of(), true));
        for (int i = 0; i < 12; i++) {
            long spam = store.insert(article.id(), null, "Promo" + i, "promo" + i + "@spam.example", "", null, null,
                    "Cheap pills and casino bonus, free chips now " + i + " at pillsbonus.example",
                    "<p>x</p>", CommentStatus.PENDING, "", null, false, null, AT);
            moderation.markSpam(spam, "mod@example.com");
            long ham = store.insert(article.id(), null, "Reader" + i, "reader" + i + "@example.org", "", null, null,
                    "Thanks for the reporting on the harbour and the ferry timetable, part " + i,
                    "<p>x</p>", CommentStatus.PENDING, "", null, false, null, AT);
            moderation.approve(ham, "mod@example.com");
        }
        String token = comments.formToken(article.id());
        clock.advance(java.time.Duration.ofMinutes(1));
        var outcome = comments.post(new CommentSubmission(article.id(), null,
                "Casino bonus and cheap pills, free chips now at pillsbonus.example", "Promo", "promo@example.org",
                "", false, "", token, "192.0.2.99", "Bot/1"));
        var held = ((PostOutcome.Accepted) outcome).comment();
        assertThat(held.status()).isEqualTo(CommentStatus.PENDING);
        assertThat(store.find(held.id()).orElseThrow().heldReason()).startsWith("Likely spam (").contains("casino");
    }
}
