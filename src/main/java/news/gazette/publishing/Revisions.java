package news.gazette.publishing;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;

import news.gazette.media.Media;

/**
 * The history of an article: every save in the newsroom keeps a {@link Revision}. Only a writer who may open the
 * article sees its history; for anyone else the article is not found ({@link ArticleNotFound}), as is a revision of
 * another article. Restoring one is {@link ArticleDesk#restoreRevision}'s, so it keeps the same rules as a save.
 */
@Service
public class Revisions {

    private final PublishingStore store;
    private final Media media;

    Revisions(PublishingStore store, Media media) {
        this.store = store;
        this.media = media;
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

    /**
     * What changed from {@code fromId} to {@code toId}, line by line: the title, the excerpt and the featured image (by
     * its alt text) first, then the body.
     */
    public List<DiffLine> compare(Writer writer, long articleId, long fromId, long toId) {
        return LineDiff.between(text(find(writer, articleId, fromId)), text(find(writer, articleId, toId)));
    }

    void keep(long articleId, String title, String body, String excerpt, Long featuredImageId, String savedBy,
              Instant now) {
        store.insertRevision(articleId, title, body, excerpt, featuredImageId, savedBy, now);
    }

    private void checkMayOpen(Writer writer, long articleId) {
        store.findManuscript(articleId).filter(m -> writer.mayOpen(m.authorId()))
                .orElseThrow(() -> new ArticleNotFound(articleId));
    }

    private String text(Revision revision) {
        return "Title: " + revision.title() + "\nExcerpt: " + revision.excerpt() + "\nFeatured image: "
                + featuredImage(revision.featuredImageId()) + "\n\n" + revision.body();
    }

    private String featuredImage(Long id) {
        if (id == null) {
            return "none";
        }
        return media.find(id).map(image -> "“" + image.alt() + "”").orElse("an image deleted from the library");
    }
}
