package news.gazette.newsroom;

import java.util.List;

import news.gazette.accounts.FieldErrors;
import news.gazette.comments.ModerationItem;

/**
 * The model of {@code newsroom/comments/edit.jte}: one comment on the moderation desk, what is known of it, the form
 * that changes it (as typed, with its errors) and its moderation history. {@code status}, {@code search} and
 * {@code page} go back with the form, so saving returns to the queue the moderator came from.
 *
 * @param statusLabel the queue the comment is in: "Pending", "Spam"…
 * @param spamScore the spam filter's estimate as a percentage, or null
 * @param backUrl the queue view this page was opened from; {@code backLabel} names it
 */
public record CommentEditPage(NewsroomChrome chrome, String heading, ModerationItem item, String statusLabel,
                              String received, String receivedIso, String spamScore, CommentEditForm form,
                              FieldErrors errors, List<HistoryLine> history, String status, String search, int page,
                              String backUrl, String backLabel) {

    /** One line of the history: when, who ("Comment rules" for the site's own), what, and why or what changed. */
    public record HistoryLine(String when, String whenIso, String who, String what, String note) {
    }
}
