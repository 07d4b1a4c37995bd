package news.gazette.newsroom;

import java.util.List;

import news.gazette.accounts.FieldErrors;
import news.gazette.media.MediaItem;

/**
 * The model of {@code newsroom/media/edit.jte}: one image of the library, its alt text and caption as stored or as
 * typed, and where it is used, which keeps it from being deleted.
 *
 * @param problem why the last action was refused, or null
 * @param notice what was just done, or null
 * @param changeable whether this person may change and delete the image; the forms are shown only then
 */
public record MediaEditPage(NewsroomChrome chrome, MediaItem image, String alt, String caption, FieldErrors errors,
                            String problem, String notice, String uploadedOn, List<String> uses, boolean changeable) {
}
