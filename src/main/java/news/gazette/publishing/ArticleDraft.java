package news.gazette.publishing;

/**
 * An article as the editor's form sends it, before any check. {@code body} is Markdown; an empty {@code slug} is made
 * from the title and an empty {@code excerpt} drawn from the body; {@code tags} are comma-separated names, new ones
 * created; {@code publishAt} is a local date and time in the site's zone ("2026-11-25T09:30"), read only when
 * scheduling; {@code authorId} is heeded only from someone who edits anyone's articles; {@code featuredImageId} names an
 * image in the media library, or is null for none.
 */
public record ArticleDraft(String title, String slug, String body, String excerpt, Long categoryId, Long authorId,
                           String tags, boolean commentsOpen, String publishAt, Long featuredImageId) {
}
