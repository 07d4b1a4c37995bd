package news.gazette.accounts;

/** Someone who can sign in to the newsroom. Never carries the password hash out of this module. */
public record Account(long id, String email, String displayName, Role role) {
}
