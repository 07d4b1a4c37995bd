/**
 * Reader comments on articles: what readers wrote, its moderation status, and the counts pages show.
 * {@link news.gazette.comments.Comments} is the front door for readers' pages; the moderation desk reads through
 * {@link news.gazette.comments.ModerationQueue} and acts through {@link news.gazette.comments.CommentModeration} and
 * {@link news.gazette.comments.CommentBlocks}. Comments refer to articles by id only; this module never reads the
 * publishing tables, and a commenter's email and IP address leave it only in the desk's
 * {@link news.gazette.comments.ModerationItem}, never in public output.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "publishing", "accounts"})
package news.gazette.comments;
