package news.gazette.accounts;

/**
 * What an administrator typed for a user. The email is taken only when inviting: an account keeps its address.
 *
 * @param role null when none was chosen
 * @param authorId the author profile to write under, or null for none
 */
public record UserDraft(String email, String displayName, Role role, Long authorId) {

    public UserDraft withAuthor(Long authorId) {
        return new UserDraft(email, displayName, role, authorId);
    }
}
