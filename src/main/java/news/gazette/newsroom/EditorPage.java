package news.gazette.newsroom;

import java.util.List;

import news.gazette.accounts.FieldErrors;

/**
 * The model of {@code newsroom/articles/editor.jte}: the article's form as typed or as stored, and what may be done.
 *
 * @param articleId null for a new article
 * @param problem why the last action was refused, or null
 * @param notice what was just done, or null
 * @param previewHtml the body as readers would see it, when a preview was asked for; sanitised, so written as it is
 * @param authors the authors to choose from; empty where the writer cannot choose (they write as themselves)
 * @param publicUrl where readers find the article, once it is published or scheduled; otherwise null
 * @param images the library's images to choose the featured image from, newest first, with the chosen one even if
 *               older
 */
public record EditorPage(NewsroomChrome chrome, String heading, Long articleId, String formAction, ArticleForm form,
                         FieldErrors errors, String problem, String notice, String previewHtml, String statusLabel,
                         String publicUrl, List<Choice> categories, List<Choice> authors, List<ImageChoice> images,
                         boolean publishes, boolean unpublishable, boolean inTrash) {

    public record Choice(String value, String label) {
    }

    /** An image to choose as the featured image: its id as the form posts it, its alt text and its thumbnail. */
    public record ImageChoice(String value, String alt, String thumbnailUrl, int width, int height) {
    }
}
