package news.gazette.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import news.gazette.MutableClock;
import news.gazette.TestClockConfiguration;
import news.gazette.publishing.Article;
import news.gazette.publishing.ArticleStatus;
import news.gazette.publishing.NewArticle;
import news.gazette.publishing.Publishing;

/** What the moderation desk's side of the comments module promises, on whichever database the subclass gives it. */
@Import(TestClockConfiguration.class)
abstract class ModerationContract {

    @Autowired
    ModerationQueue queue;

    @Autowired
    CommentModeration moderation;

    @Autowired
    CommentBlocks blocks;

    @Autowired
    Comments comments;

    @Autowired
    CommentStore store;

    @Autowired
    Publishing publishing;

    @Autowired
    MutableClock clock;

    private static final Instant AT = Instant.parse("2022-01-23T10:00:00Z");

    private long comment(long article, Long parent, String name, String email, String ip, String body, CommentStatus status) {
        return store.insert(article, parent, name, email, "", ip, null, body, "<p>" + body + "</p>", status,
                status == CommentStatus.PENDING ? "First comment from this email address" : "", 0.25, false, null,
                AT.plusSeconds(store.countByStatus().values().stream().mapToLong(Long::longValue).sum()));
    }

    private long pending(String name, String email, String body) {
        return comment(9_100, null, name, email, "192.0.2.1", body, CommentStatus.PENDING);
    }

    private List<Long> ids(CommentStatus status, String search) {
        return queue.find(status, search, 1).items().stream().map(ModerationItem::id).toList();
    }

    @Test
    void aQueueHoldsOneStatusNewestFirstWithAddressesReasonAndTheCommentAnswered() {
        long parent = comment(9_101, null, "Ana", "ana@queue.example", "192.0.2.10", "Question", CommentStatus.APPROVED);
        long older = comment(9_101, parent, "Ben", "ben@queue.example", "192.0.2.11", "Answer", CommentStatus.PENDING);
        long newer = comment(9_101, null, "Cy", "cy@queue.example", null, "Aside", CommentStatus.PENDING);

        var queued = queue.find(CommentStatus.PENDING, "queue.example", 1);
        assertThat(queued.items()).extracting(ModerationItem::id).containsExactly(newer, older);
        var item = queued.items().get(1);
        assertThat(item.authorEmail()).isEqualTo("ben@queue.example");
        assertThat(item.authorIp()).isEqualTo("192.0.2.11");
        assertThat(item.heldReason()).isEqualTo("First comment from this email address");
        assertThat(item.spamScore()).isEqualTo(0.25);
        assertThat(item.inReplyTo()).isEqualTo(new ModerationItem.InReplyTo(parent, "Ana", "<p>Question</p>"));
        assertThat(item.article()).isEqualTo(new ModerationItem.OnArticle(9_101, "Article 9101 (not public)", null));
        assertThat(queued.items().getFirst().inReplyTo()).isNull();
        assertThat(ids(CommentStatus.APPROVED, "queue.example")).containsExactly(parent);
    }

    @Test
    void searchMatchesNameEmailAddressOrTextIgnoringCaseAndTakesWildcardsLiterally() {
        long byName = pending("Dora Findme", "dora@search.example", "Plain words");
        long byText = pending("Eve", "eve@search.example", "Half_way to 100% FINDME");
        long byIp = comment(9_100, null, "Fin", "fin@search.example", "198.51.100.77", "Nothing", CommentStatus.PENDING);

        assertThat(ids(CommentStatus.PENDING, "findme")).containsExactlyInAnyOrder(byName, byText);
        assertThat(ids(CommentStatus.PENDING, "  DORA@SEARCH.example ")).containsExactly(byName);
        assertThat(ids(CommentStatus.PENDING, "198.51.100.77")).containsExactly(byIp);
        assertThat(ids(CommentStatus.PENDING, "100%")).containsExactly(byText);
        assertThat(ids(CommentStatus.PENDING, "plain_words")).as("_ is no wildcard").isEmpty();
        assertThat(ids(CommentStatus.PENDING, "HALF_WAY")).containsExactly(byText);
        assertThat(ids(CommentStatus.SPAM, "findme")).isEmpty();
        assertThat(queue.find(CommentStatus.PENDING, "findme", 1).search()).isEqualTo("findme");
    }

    @Test
    void aQueuePagesByTwentyAndAPagePastTheLastIsEmpty() {
        for (int i = 0; i < 25; i++) {
            pending("Pager " + i, "pager" + i + "@pages.example", "Page filler");
        }
        var first = queue.find(CommentStatus.PENDING, "pages.example", 1);
        assertThat(first.items()).hasSize(ModerationQueue.PAGE_SIZE);
        assertThat(first.total()).isEqualTo(25);
        assertThat(first.totalPages()).isEqualTo(2);
        assertThat(queue.find(CommentStatus.PENDING, "pages.example", 2).items()).hasSize(5)
                .extracting(ModerationItem::authorName).last().isEqualTo("Pager 0");
        assertThat(queue.find(CommentStatus.PENDING, "pages.example", 3).items()).isEmpty();
        assertThat(queue.find(CommentStatus.PENDING, "pages.example", 0).items()).isEmpty();
    }

    @Test
    void countsEveryStatus() {
        var before = queue.counts();
        pending("Gus", "gus@counts.example", "One");
        comment(9_100, null, "Hal", "hal@counts.example", null, "Two", CommentStatus.SPAM);
        comment(9_100, null, "Ida", "ida@counts.example", null, "Three", CommentStatus.SPAM);

        var after = queue.counts();
        assertThat(after.pending()).isEqualTo(before.pending() + 1);
        assertThat(after.spam()).isEqualTo(before.spam() + 2);
        assertThat(after.of(CommentStatus.APPROVED)).isEqualTo(before.approved());
        assertThat(after.trash()).isEqualTo(before.trash());
    }

    @Test
    void anActionOnManySkipsCommentsThatAreGoneOrAlreadyWhereItWouldLeaveThem() {
        long waiting = pending("Jo", "jo@bulk.example", "Waiting");
        long approved = comment(9_100, null, "Kai", "kai@bulk.example", null, "Approved", CommentStatus.APPROVED);

        assertThat(moderation.apply(ModerationAction.APPROVE, List.of(waiting, approved, 987_654L, waiting), "mod@example.com"))
                .isEqualTo(1);
        assertThat(moderation.history(waiting)).extracting(ModerationRecord::action).containsExactly("approve");
        assertThat(moderation.history(approved)).isEmpty();
        assertThat(moderation.apply(ModerationAction.SPAM, List.of(waiting, approved), "mod@example.com")).isEqualTo(2);
        assertThat(moderation.apply(ModerationAction.DELETE, List.of(waiting), "mod@example.com")).isEqualTo(1);
        assertThat(store.find(waiting)).isEmpty();
        assertThat(ModerationAction.named("restore")).contains(ModerationAction.RESTORE);
        assertThat(ModerationAction.named("RESTORE")).isEmpty();
    }

    @Test
    void approveAllFromAnEmailApprovesItsPendingCommentsOnly() {
        long one = pending("Lee", "lee@author.example", "One");
        long two = pending("Lee", "lee@author.example", "Two");
        long spam = comment(9_100, null, "Lee", "lee@author.example", null, "Spam", CommentStatus.SPAM);
        long other = pending("Max", "max@author.example", "Other");

        assertThat(moderation.approveAllFrom(" LEE@author.example", "mod@example.com")).isEqualTo(2);
        assertThat(List.of(one, two, spam, other)).extracting(id -> store.find(id).orElseThrow().status())
                .containsExactly(CommentStatus.APPROVED, CommentStatus.APPROVED, CommentStatus.SPAM, CommentStatus.PENDING);
        assertThat(moderation.approveAllFrom("nobody@author.example", "mod@example.com")).isZero();
    }

    @Test
    void aBlockedEmailOrAddressMakesTheNextCommentFromItSpam() {
        var article = article();
        assertThat(blocks.blockEmail(" Nia@Blocked.example ", "mod@example.com")).isTrue();
        assertThat(blocks.blockEmail("nia@blocked.example", "mod@example.com")).as("blocked already").isFalse();
        assertThat(blocks.blockAddress("203.0.113.50", "mod@example.com")).isTrue();
        assertThat(blocks.blockAddress("  ", "mod@example.com")).isFalse();

        assertThat(post(article, "Nia", "nia@blocked.example", "192.0.2.50")).isEqualTo("spam:Blocked email");
        assertThat(post(article, "Oli", "oli@blocked.example", "203.0.113.50")).isEqualTo("spam:Blocked address");
        assertThat(post(article, "Pam", "pam@blocked.example", "192.0.2.51"))
                .isEqualTo("pending:First comment from this email address");
    }

    @Test
    void aReplyAsTheSiteIsPublicAtOnceAndApprovesTheCommentItAnswers() {
        var article = article();
        long question = comment(article.id(), null, "Quin", "quin@reply.example", null, "Why?", CommentStatus.PENDING);

        long reply = moderation.replyAsSite(question, "  Because.  ", "The Desk", "Desk@Example.com", "desk@example.com")
                .orElseThrow();
        var stored = store.find(reply).orElseThrow();
        assertThat(stored.status()).isEqualTo(CommentStatus.APPROVED);
        assertThat(stored.parentId()).isEqualTo(question);
        assertThat(List.of(stored.authorName(), stored.authorEmail(), stored.body(), stored.bodyHtml()))
                .containsExactly("The Desk", "desk@example.com", "Because.", "<p>Because.</p>");
        assertThat(store.find(question).orElseThrow().status()).isEqualTo(CommentStatus.APPROVED);
        assertThat(moderation.history(reply)).extracting(ModerationRecord::action).containsExactly("reply");

        assertThat(moderation.replyAsSite(question, " ", "The Desk", "desk@example.com", "desk@example.com")).isEmpty();
        long spam = comment(article.id(), null, "Rex", "rex@reply.example", null, "Buy", CommentStatus.SPAM);
        assertThat(moderation.replyAsSite(spam, "No.", "The Desk", "desk@example.com", "desk@example.com")).isEmpty();
        assertThat(moderation.replyAsSite(987_654, "Hello?", "The Desk", "desk@example.com", "desk@example.com")).isEmpty();
    }

    private Article article() {
        var author = publishing.addAuthor("Desk Writer " + System.nanoTime(), "");
        var section = publishing.addCategory("Desk Section " + System.nanoTime(), "");
        return publishing.file(new NewArticle("Desk test " + System.nanoTime(), "Body", "", ArticleStatus.PUBLISHED,
                clock.instant().minusSeconds(3600), author.id(), section.id(), List.of(), true));
    }

    /** Posts as a reader would; returns "status:reason". */
    private String post(Article article, String name, String email, String ip) {
        String token = comments.formToken(article.id());
        clock.advance(Duration.ofMinutes(1));
        var outcome = comments.post(new CommentSubmission(article.id(), null, "Hello from " + name, name, email, "",
                false, "", token, ip, "Agent/1"));
        var stored = store.find(((PostOutcome.Accepted) outcome).comment().id()).orElseThrow();
        return stored.status().column() + ":" + stored.heldReason();
    }
}
