package news.gazette.publishing;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;

/**
 * The history of an article: every save in the newsroom keeps a {@link Revision}. Only a writer who may open the
 * article sees its history; for anyone else the article is not found ({@link ArticleNotFound}), as is a revision of
 * another article. Restoring one is {@link ArticleDesk#restoreRevision}'s, so it keeps the same rules as a save.
 */
@Service
public class Revisions {

    private final PublishingStore store;

    Revisions(PublishingStore store) {
        this.store = store;
    }

    /** Newest first. */
    public List<Revision> of(Writer writer, long articleId) {
        checkMayOpen(writer, articleId);
        return store.revisionsOf(articleId);
    }

    public Revision find(Writer writer, long articleId, long revisionId) {
        checkMayOpen(writer, articleId);
        return store.findRevision(revisionId).filter(revision -> revision.articleId() == articleId)
                .orElseThrow(() -> new ArticleNotFound(articleId));
    }

    /** What changed from {@code fromId} to {@code toId}, line by line: the title and excerpt first, then the body. */
    public List<DiffLine> compare(Writer writer, long articleId, long fromId, long toId) {
        return LineDiff.between(text(find(writer, articleId, fromId)), text(find(writer, articleId, toId)));
    }

    void keep(long articleId, String title, String body, String excerpt, String savedBy, Instant now) {
        store.insertRevision(articleId, title, body, excerpt, savedBy, now);
    }

    private void checkMayOpen(Writer writer, long articleId) {
        store.findManuscript(articleId).filter(m -> writer.mayOpen(m.authorId()))
                .orElseThrow(() -> new ArticleNotFound(articleId));
    }

    private static String text(Revision revision) {
        return "Title: " + revision.title() + "\nExcerpt: " + revision.excerpt() + "\n\n" + revision.body();
    }
}
