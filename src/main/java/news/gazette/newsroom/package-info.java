/**
 * Where editors, authors and moderators work, behind sign-in: its home page, "Your account" (password change and
 * two-factor sign-in and its recovery codes, by the accounts module's rules), and the comment moderation desk
 * (queues by status, search,
 * one-click and bulk actions, replies as the site, a comment's edit page with its history, blocking and the list of
 * blocks) for the roles that moderate, and the articles (the
 * list, the editor with its preview, the lifecycle from draft to trash, revisions, changes to many at once) for the
 * roles that write; the media library (upload, list, the Markdown to paste) for the roles that upload; categories
 * and tags for editors and administrators, author profiles for them and for authors (their own); the settings (the
 * site's, the comment rules, the mail server) for administrators. It owns no tables: it acts through the other
 * modules' front doors.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "accounts", "comments", "publishing", "media"})
package news.gazette.newsroom;
