package news.gazette.newsroom;

import java.util.List;

import news.gazette.accounts.FieldErrors;
import news.gazette.newsroom.ModerationQueuePage.StatusMessage;
import news.gazette.newsroom.ModerationQueuePage.Tab;

/**
 * The model of {@code newsroom/comments/blocks.jte}: the blocked emails, IP addresses and ranges, newest first, each
 * with who blocked it and when, and the form that blocks one by hand, as typed, with its error.
 *
 * @param message what the last action did, or null
 * @param typed what the block form holds: what was typed when it failed, else empty
 * @param previousUrl the newer blocks' page, or null; {@code nextUrl} likewise the older ones'
 */
public record BlockListPage(NewsroomChrome chrome, List<Tab> tabs, StatusMessage message, FieldErrors errors,
                            String typed, String summary, List<Row> rows, int page, int totalPages, String previousUrl,
                            String nextUrl) {

    /** One block; {@code kind} and {@code value} go back with its "Unblock" button. */
    public record Row(String kind, String kindLabel, String value, String blockedBy, String blockedAt,
                      String blockedAtIso) {
    }
}
