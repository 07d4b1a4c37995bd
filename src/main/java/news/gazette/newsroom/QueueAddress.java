package news.gazette.newsroom;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import news.gazette.comments.CommentStatus;

/**
 * Which view of the moderation desk a moderator is on, as its address says: {@code ?status=spam&q=…&page=2}. Every
 * form on the desk posts these back, so an action returns the moderator to the view they acted from.
 */
record QueueAddress(String status, String q, Integer page) {

    static final String PATH = "/newsroom/comments/";

    /** The queue named; pending when none is. An unknown name is not found (404). */
    CommentStatus queue() {
        if (status == null || status.isBlank()) {
            return CommentStatus.PENDING;
        }
        return Arrays.stream(CommentStatus.values()).filter(s -> s.column().equals(status)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    String search() {
        return q == null ? "" : q.strip();
    }

    int pageNumber() {
        return page == null || page < 1 ? 1 : page;
    }

    /** This view's address, telling the page what was just done ({@code done} null: nothing). */
    String url(String done) {
        return url(queue(), search(), pageNumber(), done);
    }

    static String url(CommentStatus queue, String search, int page, String done) {
        return PATH + query(queue, search, page, done);
    }

    /** The address of a comment's edit page, which returns to the view given. */
    static String editUrl(long commentId, CommentStatus queue, String search, int page) {
        return PATH + commentId + "/edit" + query(queue, search, page, null);
    }

    private static String query(CommentStatus queue, String search, int page, String done) {
        var query = new StringBuilder();
        if (queue != CommentStatus.PENDING) {
            query.append("&status=").append(queue.column());
        }
        if (!search.isEmpty()) {
            query.append("&q=").append(URLEncoder.encode(search, StandardCharsets.UTF_8));
        }
        if (page > 1) {
            query.append("&page=").append(page);
        }
        if (done != null) {
            query.append("&done=").append(URLEncoder.encode(done.toLowerCase(Locale.ROOT), StandardCharsets.UTF_8));
        }
        return query.isEmpty() ? "" : "?" + query.substring(1);
    }
}
