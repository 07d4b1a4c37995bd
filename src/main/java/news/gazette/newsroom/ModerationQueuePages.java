package news.gazette.newsroom;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import news.gazette.comments.CommentStatus;
import news.gazette.comments.ModerationAction;
import news.gazette.comments.ModerationCounts;
import news.gazette.comments.ModerationItem;
import news.gazette.comments.QueuedComments;
import news.gazette.newsroom.ModerationQueuePage.Button;
import news.gazette.newsroom.ModerationQueuePage.Choice;
import news.gazette.newsroom.ModerationQueuePage.Row;
import news.gazette.newsroom.ModerationQueuePage.StatusMessage;
import news.gazette.newsroom.ModerationQueuePage.Tab;
import news.gazette.platform.SiteSettings;

/** Words the moderation desk shows: queue names, button labels and keys, and what an action just did. */
@Component
class ModerationQueuePages {

    private static final Map<CommentStatus, String> QUEUES = Map.of(CommentStatus.PENDING, "Pending",
            CommentStatus.APPROVED, "Approved", CommentStatus.SPAM, "Spam", CommentStatus.TRASH, "Trash");
    private static final Pattern DONE = Pattern.compile("([a-z-]{1,40})-(\\d{1,6})");

    private final SiteSettings site;

    ModerationQueuePages(SiteSettings site) {
        this.site = site;
    }

    ModerationQueuePage build(NewsroomChrome chrome, QueuedComments queued, ModerationCounts counts, long blocks,
                              String done) {
        CommentStatus status = queued.status();
        var offered = ModerationAction.offeredFor(status);
        var rows = queued.items().stream().map(item -> row(item, offered, queued)).toList();
        return new ModerationQueuePage(chrome, QUEUES.get(status) + " comments", message(done),
                tabs(counts, blocks, status), status.column(),
                queued.search(), queued.page(), queued.totalPages(), summary(queued),
                offered.stream().map(action -> new Choice(action.word(), label(action, status))).toList(), rows,
                queued.page() > 1 ? QueueAddress.url(status, queued.search(), queued.page() - 1, null) : null,
                queued.page() < queued.totalPages() ? QueueAddress.url(status, queued.search(), queued.page() + 1, null) : null);
    }

    /** What the desk calls the queue of comments with this status: "Pending", "Spam"… */
    static String queueName(CommentStatus status) {
        return QUEUES.get(status);
    }

    /** The desk's navigation: a tab per queue, then the blocks; {@code current} null when the blocks are open. */
    static List<Tab> tabs(ModerationCounts counts, long blocks, CommentStatus current) {
        var tabs = new java.util.ArrayList<Tab>();
        Arrays.stream(CommentStatus.values())
                .map(s -> new Tab(QUEUES.get(s), counts.of(s), QueueAddress.url(s, "", 1, null), s == current))
                .forEach(tabs::add);
        tabs.add(new Tab("Blocked", blocks, BlockListController.PATH, current == null));
        return tabs;
    }

    private Row row(ModerationItem item, List<ModerationAction> offered, QueuedComments queued) {
        var buttons = offered.stream()
                .map(action -> new Button(action.word(), label(action, item.status()), key(action)))
                .toList();
        String replyLabel = switch (item.status()) {
            case PENDING -> "Approve and reply";
            case APPROVED -> "Reply";
            case SPAM, TRASH -> null;
        };
        String score = item.spamScore() == null ? null : "%.0f%%".formatted(item.spamScore() * 100);
        return new Row(item, site.formatDate(item.createdAt()) + " at " + site.formatTime(item.createdAt()),
                item.createdAt().toString(), score, buttons, replyLabel, item.status() == CommentStatus.PENDING,
                QueueAddress.editUrl(item.id(), queued.status(), queued.search(), queued.page()));
    }

    private static String label(ModerationAction action, CommentStatus from) {
        return switch (action) {
            case APPROVE -> "Approve";
            case UNAPPROVE -> "Unapprove";
            case SPAM -> "Spam";
            case TRASH -> "Trash";
            case RESTORE -> from == CommentStatus.SPAM ? "Not spam" : "Restore";
            case DELETE -> "Delete permanently";
        };
    }

    /** "u" undoes: back to pending. Deleting, which cannot be undone, has no key. */
    private static String key(ModerationAction action) {
        return switch (action) {
            case APPROVE -> "a";
            case UNAPPROVE, RESTORE -> "u";
            case SPAM -> "s";
            case TRASH -> "t";
            case DELETE -> null;
        };
    }

    private static String summary(QueuedComments queued) {
        String comments = queued.total() == 1 ? "1 comment" : queued.total() + " comments";
        return queued.search().isEmpty() ? comments
                : comments + (queued.total() == 1 ? " matches " : " match ") + "“" + queued.search() + "”";
    }

    /** What {@code done} (e.g. "approved-3", set by the desk's controller) says was done; null if nothing. */
    static StatusMessage message(String done) {
        var matcher = done == null ? null : DONE.matcher(done);
        if (matcher == null || !matcher.matches()) {
            return null;
        }
        int n = Integer.parseInt(matcher.group(2));
        String comments = n == 1 ? "1 comment" : n + " comments";
        return switch (matcher.group(1)) {
            case "replied" -> n > 0 ? new StatusMessage("Your reply is published.", false)
                    : new StatusMessage("Your reply was not posted: it was empty, or the comment is no longer pending "
                            + "or approved.", true);
            case "blocked-email" -> new StatusMessage(n > 0 ? "Email address blocked: its next comments will be marked "
                    + "as spam." : "That email address was blocked already.", false);
            case "blocked-address" -> new StatusMessage(n > 0 ? "IP address blocked: its next comments will be marked "
                    + "as spam." : "That IP address was blocked already.", false);
            case "edited" -> new StatusMessage("Comment saved.", false);
            case "author-approved" -> new StatusMessage(comments + " from this author approved.", false);
            case "approved" -> changed(n, comments + " approved.");
            case "unapproved" -> changed(n, comments + " moved back to Pending.");
            case "spammed" -> changed(n, comments + " marked as spam.");
            case "trashed" -> changed(n, comments + " moved to the Trash.");
            case "restored" -> changed(n, comments + " restored to Pending.");
            case "deleted" -> changed(n, comments + " deleted permanently.");
            default -> null;
        };
    }

    /** The {@code done} code for an action on {@code n} comments, as {@link #message} reads it. */
    static String done(ModerationAction action, int n) {
        String past = switch (action) {
            case APPROVE -> "approved";
            case UNAPPROVE -> "unapproved";
            case SPAM -> "spammed";
            case TRASH -> "trashed";
            case RESTORE -> "restored";
            case DELETE -> "deleted";
        };
        return past + "-" + n;
    }

    private static StatusMessage changed(int n, String text) {
        return new StatusMessage(n > 0 ? text : "No comments changed: select the comments first.", false);
    }
}
