package news.gazette.newsroom;

import java.util.List;

import news.gazette.comments.ModerationItem;

/**
 * The model of {@code newsroom/comments/queue.jte}: one queue of the moderation desk, the forms on it, and what was
 * just done. {@code status}, {@code search} and {@code page} go back with every form, so actions return here.
 *
 * @param message what the last action did, or null
 * @param rows the comments on this page, with what may be done to each
 * @param previousUrl the newer comments' page, or null; {@code nextUrl} likewise the older ones'
 */
public record ModerationQueuePage(NewsroomChrome chrome, String heading, StatusMessage message, List<Tab> tabs,
                                  String status, String search, int page, int totalPages, String summary,
                                  List<Choice> bulkActions, List<Row> rows, String previousUrl, String nextUrl) {

    /** A sentence for a {@code role=status} region; a problem goes in a {@code role=alert} one instead. */
    public record StatusMessage(String text, boolean problem) {
    }

    public record Tab(String label, long count, String url, boolean current) {
    }

    public record Choice(String value, String label) {
    }

    /** A button posting {@code action}; {@code key} is its keyboard shortcut with the script, or null. */
    public record Button(String action, String label, String key) {
    }

    /**
     * @param replyLabel the reply button's text; null where replies are not offered
     * @param offersApproveAuthor whether to offer "Approve all from this author"
     * @param editUrl the comment's edit page, with its history, returning to this view
     */
    public record Row(ModerationItem item, String received, String receivedIso, String spamScore, List<Button> actions,
                      String replyLabel, boolean offersApproveAuthor, String editUrl) {
    }
}
