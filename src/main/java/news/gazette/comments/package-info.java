/**
 * Reader comments on articles: what readers wrote, its moderation status, and the counts pages show.
 * {@link news.gazette.comments.Comments} is the front door. Comments refer to articles by id only;
 * this module never reads the publishing tables, and a commenter's email never leaves it in public output.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "publishing", "accounts"})
package news.gazette.comments;
