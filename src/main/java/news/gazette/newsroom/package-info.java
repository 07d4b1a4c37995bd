/**
 * Where editors, authors and moderators work, behind sign-in: its home page, and the comment moderation desk
 * (queues by status, search, one-click and bulk actions, replies as the site, blocking) for the roles that moderate.
 * The editor and the settings grow here. It owns no tables: the desk acts through the comments module's front doors.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "accounts", "comments"})
package news.gazette.newsroom;
