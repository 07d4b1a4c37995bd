package news.gazette.site;

import java.util.Map;

/**
 * The "Leave a Reply" form as it stands: what the reader typed (kept as typed after an error), the errors by field
 * name, a problem with the whole submission, and the comment being replied to, if any.
 */
public record CommentFormState(long articleId, String formToken, String comment, String author, String email,
                               String url, boolean remember, boolean notifyReplies, Long parentId, String replyingTo,
                               Map<String, String> errors, String problem) {

    public boolean hasErrors() {
        return !errors.isEmpty() || problem != null;
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }
}
