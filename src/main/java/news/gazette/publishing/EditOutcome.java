package news.gazette.publishing;

import java.util.Map;

/**
 * What became of a save or a change of status: the article's id when it was done; otherwise the problems by field
 * ("title", "slug", "categoryId", "authorId", "publishAt", "featuredImageId"), or a refusal the writer's role
 * explains.
 */
public record EditOutcome(Long articleId, Map<String, String> errors, String refusal) {

    static EditOutcome done(long articleId) {
        return new EditOutcome(articleId, Map.of(), null);
    }

    static EditOutcome rejected(Map<String, String> errors) {
        return new EditOutcome(null, Map.copyOf(errors), null);
    }

    static EditOutcome refused(String refusal) {
        return new EditOutcome(null, Map.of(), refusal);
    }

    public boolean isDone() {
        return articleId != null;
    }

    public boolean isRefused() {
        return refusal != null;
    }
}
