package news.gazette.comments;

/**
 * What a moderator may change in a comment: who it says wrote it and what it says. Every field may come as typed,
 * blank, too long or hostile; {@link CommentModeration#edit} checks it as the public form would.
 */
public record CommentEdit(String name, String email, String website, String text) {
}
