package news.gazette.publishing;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import news.gazette.media.MediaItem;
import news.gazette.media.MediaReferences;

/**
 * Answers the media library, before it deletes an image, which articles show it: as their featured image, or in their
 * body through its address (the original or any copy). Articles in every status count, the trash too, since any of
 * them may be published again.
 */
@Component
class ArticleImages implements MediaReferences {

    private final PublishingStore store;

    ArticleImages(PublishingStore store) {
        this.store = store;
    }

    @Override
    public List<String> usesOf(MediaItem image) {
        var uses = new ArrayList<String>();
        store.featuring(image.id()).forEach(article -> uses.add("the featured image of " + named(article)));
        String stem = image.name().substring(0, image.name().indexOf('.'));
        store.showingInBody(stem).forEach(article -> uses.add("shown in the body of " + named(article)));
        return uses;
    }

    private static String named(DeskArticle article) {
        return "“" + article.title() + "”" + (article.status() == ArticleStatus.TRASH ? " (in the trash)" : "");
    }
}
