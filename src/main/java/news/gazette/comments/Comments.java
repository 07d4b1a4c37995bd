package news.gazette.comments;

import java.util.Collection;
import java.util.Map;

import org.springframework.stereotype.Service;

/**
 * The comments module's front door. Counts include approved comments only: a comment awaiting moderation,
 * marked as spam or in the trash is never counted. An article with no comments counts 0.
 */
@Service
public class Comments {

    private final CommentStore store;

    Comments(CommentStore store) {
        this.store = store;
    }

    public long countApproved(long articleId) {
        return store.countApproved(java.util.List.of(articleId)).getOrDefault(articleId, 0L);
    }

    /** Approved comment counts for each article; articles without comments map to 0. */
    public Map<Long, Long> countApproved(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        var counts = new java.util.HashMap<Long, Long>();
        articleIds.forEach(id -> counts.put(id, 0L));
        counts.putAll(store.countApproved(articleIds));
        return counts;
    }
}
