package news.gazette.publishing;

/**
 * Someone writing in the newsroom, as the publishing rules see them.
 *
 * @param name who they are, for the revision history
 * @param authorId the author profile their own articles go out under; null when they have none
 * @param editsAnyone whether they may open and change anyone's articles (editors), not only their own
 * @param publishes whether they may publish, schedule and unpublish; without it only drafts and submissions for
 *                  review are theirs to make, and public articles are out of their reach
 */
public record Writer(String name, Long authorId, boolean editsAnyone, boolean publishes) {

    boolean mayOpen(long articleAuthorId) {
        return editsAnyone || (authorId != null && authorId == articleAuthorId);
    }

    boolean mayChange(long articleAuthorId, ArticleStatus status) {
        return mayOpen(articleAuthorId) && (publishes || !status.isPublicInTime());
    }
}
