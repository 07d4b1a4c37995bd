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

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

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

    @Test
    void anEditChangesNameEmailWebsiteAndTextAsThePublicFormWouldAndRecordsWhatChanged() {
        long id = comment(9_102, null, "Uma", "uma@edit.example", "192.0.2.60", "Old words", CommentStatus.APPROVED);

        var errors = moderation.edit(id, new CommentEdit("  Uma B. ", " UMA@Edit.example ", "uma.example",
                "New <i>words</i>\nand a line"), "mod@example.com");

        assertThat(errors).isEmpty();
        var stored = store.find(id).orElseThrow();
        assertThat(List.of(stored.authorName(), stored.authorEmail(), stored.authorUrl(), stored.body()))
                .containsExactly("Uma B.", "uma@edit.example", "https://uma.example", "New <i>words</i>\nand a line");
        assertThat(stored.bodyHtml()).isEqualTo("<p>New &lt;i&gt;words&lt;/i&gt;<br />and a line</p>");
        assertThat(stored.status()).isEqualTo(CommentStatus.APPROVED);
        assertThat(moderation.history(id)).extracting(ModerationRecord::action, ModerationRecord::actor, ModerationRecord::note)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("edit", "mod@example.com",
                        "Changed the name, the website, the text"));

        assertThat(moderation.edit(id, new CommentEdit("Uma B.", "uma@edit.example", "https://uma.example",
                "New <i>words</i>\nand a line"), "mod@example.com")).as("nothing changed").isEmpty();
        assertThat(moderation.history(id)).hasSize(1);
    }

    @Test
    void anEditWithBadFieldsSaysWhatIsWrongWithEachAndChangesNothing() {
        long id = comment(9_102, null, "Vic", "vic@edit.example", null, "Keep me", CommentStatus.PENDING);

        var errors = moderation.edit(id, new CommentEdit(" ", "not-an-address", "ftp://files.example", "  "),
                "mod@example.com");

        assertThat(errors).containsExactly(
                java.util.Map.entry("comment", "Enter the comment's text."),
                java.util.Map.entry("author", "Enter the name of the comment's author."),
                java.util.Map.entry("email", "Enter a valid email address, like name@example.com."),
                java.util.Map.entry("url", "Enter a website address that starts with http:// or https://, or leave it empty."));
        assertThat(moderation.edit(id, new CommentEdit("x".repeat(246), "vic@edit.example", "", "Keep me"), "mod@example.com"))
                .containsOnly(java.util.Map.entry("author", "The name is too long: 245 characters at most."));
        var stored = store.find(id).orElseThrow();
        assertThat(List.of(stored.authorName(), stored.authorEmail(), stored.body())).containsExactly("Vic", "vic@edit.example", "Keep me");
        assertThat(moderation.history(id)).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> moderation.edit(987_654, new CommentEdit("A", "a@b.example", "", "T"),
                "mod@example.com")).isInstanceOf(CommentNotFound.class);
    }

    @Test
    void theSpamFilterUnlearnsAnEditedCommentAsItNowReads() {
        long id = comment(9_103, null, "Yan", "yan@learn.example", null, "zorblaxold words", CommentStatus.PENDING);
        moderation.markSpam(id, "mod@example.com");
        assertThat(spamCount("zorblaxold")).isEqualTo(1);

        moderation.edit(id, new CommentEdit("Yan", "yan@learn.example", "", "quuxnew words"), "mod@example.com");
        assertThat(spamCount("zorblaxold")).isZero();
        assertThat(spamCount("quuxnew")).isEqualTo(1);

        moderation.restore(id, "mod@example.com");
        assertThat(spamCount("quuxnew")).isZero();
    }

    private long spamCount(String word) {
        return jdbc.sql("SELECT COALESCE(SUM(spam_count), 0) FROM spam_token WHERE token LIKE ?").param("%" + word + "%")
                .query(Long.class).single();
    }

    @Test
    void aCommentsDetailHasItsTextAsWrittenTheCommentItAnswersAndItsHistoryFromWhatHeldIt() {
        var article = article();
        long parent = comment(article.id(), null, "Wes", "wes@detail.example", null, "Parent words", CommentStatus.APPROVED);
        String token = comments.formToken(article.id());
        clock.advance(Duration.ofMinutes(1));
        long id = ((PostOutcome.Accepted) comments.post(new CommentSubmission(article.id(), parent, "Held <b>words</b>",
                "Xia", "xia@detail.example", "xia.example", false, "", token, "192.0.2.70", "Agent/1"))).comment().id();
        moderation.approve(id, "mod@example.com");

        var detail = queue.detail(id).orElseThrow();
        assertThat(detail.asWritten()).isEqualTo(new CommentEdit("Xia", "xia@detail.example", "https://xia.example",
                "Held <b>words</b>"));
        assertThat(detail.item().status()).isEqualTo(CommentStatus.APPROVED);
        assertThat(detail.item().inReplyTo()).isEqualTo(new ModerationItem.InReplyTo(parent, "Wes", "<p>Parent words</p>"));
        assertThat(detail.item().article().title()).isEqualTo(article.title());
        assertThat(detail.history()).extracting(ModerationRecord::action, ModerationRecord::actor, ModerationRecord::note)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("pending", "Gazette", "First comment from this email address"),
                        org.assertj.core.groups.Tuple.tuple("approve", "mod@example.com", ""));
        assertThat(queue.detail(987_654)).isEmpty();
    }

    @Test
    void blocksAreListedNewestFirstWithWhoAndWhenAndCanBeLifted() {
        long before = blocks.count();
        assertThat(blocks.block(" Zed@List.example ", "mod@example.com")).isEqualTo(new BlockOutcome.Blocked("zed@list.example"));
        clock.advance(Duration.ofMinutes(1));
        assertThat(blocks.block("2001:DB8:0:0:0:0:0:77", "editor@example.com")).isEqualTo(new BlockOutcome.Blocked("2001:db8::77"));
        clock.advance(Duration.ofMinutes(1));
        assertThat(blocks.block("100.64.200.9/24", "mod@example.com")).isEqualTo(new BlockOutcome.Blocked("100.64.200.0/24"));
        assertThat(blocks.block("zed@list.example", "editor@example.com")).isEqualTo(new BlockOutcome.AlreadyBlocked("zed@list.example"));
        assertThat(blocks.block("2001:db8::77", "editor@example.com")).isEqualTo(new BlockOutcome.AlreadyBlocked("2001:db8::77"));

        assertThat(blocks.count()).isEqualTo(before + 3);
        var listed = blocks.list(1).stream()
                .filter(b -> List.of("zed@list.example", "2001:db8::77", "100.64.200.0/24").contains(b.value())).toList();
        assertThat(listed).extracting(BlockedCommenter::kind, BlockedCommenter::value, BlockedCommenter::blockedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("address", "100.64.200.0/24", "mod@example.com"),
                        org.assertj.core.groups.Tuple.tuple("address", "2001:db8::77", "editor@example.com"),
                        org.assertj.core.groups.Tuple.tuple("email", "zed@list.example", "mod@example.com"));
        assertThat(listed.getFirst().blockedAt()).isEqualTo(clock.instant());
        assertThat(listed).extracting(BlockedCommenter::isRange).containsExactly(true, false, false);
        assertThat(blocks.list(0)).isEmpty();

        assertThat(blocks.unblock("email", "zed@list.example")).isTrue();
        assertThat(blocks.unblock("email", "zed@list.example")).as("lifted already").isFalse();
        assertThat(blocks.unblock("address", "zed@list.example")).isFalse();
        assertThat(blocks.unblock("anything", "2001:db8::77")).isFalse();
        assertThat(blocks.count()).isEqualTo(before + 2);
    }

    @Test
    void aBlockedAddressOrRangeCatchesItsCommentsHoweverTheAddressIsWrittenUntilItIsLifted() {
        var article = article();
        blocks.block("100.64.12.0/22", "mod@example.com");
        blocks.block("2001:db8:ab::/48", "mod@example.com");
        blocks.block("2001:db8::7", "mod@example.com");

        assertThat(post(article, "Ray", "ray@range.example", "100.64.13.5")).isEqualTo("spam:Blocked address range 100.64.12.0/22");
        assertThat(post(article, "Sue", "sue@range.example", "100.64.16.1")).isEqualTo("pending:First comment from this email address");
        assertThat(post(article, "Tom", "tom@range.example", "2001:db8:ab:0:0:0:0:1"))
                .isEqualTo("spam:Blocked address range 2001:db8:ab::/48");
        assertThat(post(article, "Ugo", "ugo@range.example", "2001:0db8:0000:0000:0000:0000:0000:0007")).isEqualTo("spam:Blocked address");
        assertThat(post(article, "Val", "val@range.example", "2001:db8:ac::1")).isEqualTo("pending:First comment from this email address");

        assertThat(blocks.unblock("address", "100.64.12.0/22")).isTrue();
        assertThat(post(article, "Wyn", "wyn@range.example", "100.64.13.6")).isEqualTo("pending:First comment from this email address");
    }

    @Test
    void onlyEmailAddressesIpAddressesAndNarrowRangesCanBeBlockedByHand() {
        assertThat(blocks.block("  ", "mod@example.com")).isEqualTo(
                new BlockOutcome.Invalid("Enter an email address, an IP address or a range of IP addresses."));
        String notAnAddress = "Enter an IP address like 203.0.113.7 or 2001:db8::7, or a range like 203.0.113.0/24.";
        for (String typed : List.of("example.com", "localhost", "999.1.1.1", "1.2.3", "1.2.3.4/33", "1.2.3.4/",
                "/24", "fe80::1%eth0", "2001:db8::g", "1.2.3.4/-1")) {
            assertThat(blocks.block(typed, "mod@example.com")).as(typed).isEqualTo(new BlockOutcome.Invalid(notAnAddress));
        }
        assertThat(blocks.block("a@b", "mod@example.com")).isEqualTo(new BlockOutcome.Invalid(
                "Enter a valid email address, like name@example.com, of at most 100 characters."));
        assertThat(blocks.block("x".repeat(95) + "@b.example", "mod@example.com")).isInstanceOf(BlockOutcome.Invalid.class);
        String tooWide = "That range is too wide: block at most a /16 of IPv4 addresses or a /32 of IPv6 addresses.";
        assertThat(blocks.block("10.0.0.0/8", "mod@example.com")).isEqualTo(new BlockOutcome.Invalid(tooWide));
        assertThat(blocks.block("2001:db8::/31", "mod@example.com")).isEqualTo(new BlockOutcome.Invalid(tooWide));
        assertThat(blocks.block("10.1.0.0/16", "mod@example.com")).isEqualTo(new BlockOutcome.Blocked("10.1.0.0/16"));
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
