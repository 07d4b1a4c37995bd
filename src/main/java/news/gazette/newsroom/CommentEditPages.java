package news.gazette.newsroom;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import org.springframework.stereotype.Component;

import news.gazette.accounts.FieldErrors;
import news.gazette.comments.CommentDetail;
import news.gazette.comments.ModerationRecord;
import news.gazette.newsroom.CommentEditPage.HistoryLine;
import news.gazette.platform.SiteSettings;

/** Words of a comment's edit page: its facts, and its history told as sentences, with moderators by name. */
@Component
class CommentEditPages {

    private final SiteSettings site;
    private final ModeratorNames names;

    CommentEditPages(SiteSettings site, ModeratorNames names) {
        this.site = site;
        this.names = names;
    }

    CommentEditPage build(NewsroomChrome chrome, CommentDetail detail, CommentEditForm form, FieldErrors errors,
                          QueueAddress view) {
        var item = detail.item();
        String score = item.spamScore() == null ? null : "%.0f%%".formatted(item.spamScore() * 100);
        var history = new ArrayList<HistoryLine>();
        history.add(new HistoryLine(when(item.createdAt()), item.createdAt().toString(), item.authorName(), "Received",
                score == null ? "" : "Spam score " + score));
        var actors = new HashMap<String, String>();
        for (ModerationRecord record : detail.history()) {
            history.add(new HistoryLine(when(record.at()), record.at().toString(),
                    actors.computeIfAbsent(record.actor(), names::of), what(record.action()), record.note()));
        }
        String back = ModerationQueuePages.queueName(view.queue()) + " comments";
        return new CommentEditPage(chrome, "Edit the comment by " + item.authorName(), item,
                ModerationQueuePages.queueName(item.status()), when(item.createdAt()), item.createdAt().toString(),
                score, form, errors, List.copyOf(history), view.queue().column(), view.search(), view.pageNumber(),
                view.url(null), back);
    }

    private String when(Instant at) {
        return site.formatDate(at) + " at " + site.formatTime(at);
    }

    private static String what(String action) {
        return switch (action) {
            case "pending" -> "Held for moderation";
            case "approve" -> "Approved";
            case "unapprove" -> "Moved back to Pending";
            case "spam" -> "Marked as spam";
            case "trash" -> "Moved to the Trash";
            case "restore" -> "Restored to Pending";
            case "edit" -> "Edited";
            case "reply" -> "Written as a reply from the site";
            case "delete" -> "Deleted";
            default -> action;
        };
    }
}
