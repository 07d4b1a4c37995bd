package news.gazette.newsroom;

/**
 * What every newsroom page shows around its content: the site's name, who is signed in, which section is open, and
 * the CSRF token every form of the newsroom must post back.
 *
 * @param section the open section, as the navigation names it: "home", "account", "comments", "articles", "media", "categories", "tags", "authors", "users", "settings"
 * @param pendingComments how many comments await moderation, for someone who moderates them; null for anyone else
 * @param writesArticles whether the person's role writes articles, so the articles are in the navigation
 * @param managesTaxonomy whether categories and tags are in the navigation
 * @param editsAuthorProfiles whether author profiles are in the navigation
 * @param uploadsMedia whether the person's role uploads images, so the media library is in the navigation
 * @param managesUsers whether the person's role manages users, so the users are in the navigation
 * @param changesSettings whether the settings are in the navigation
 */
public record NewsroomChrome(String siteTitle, String userName, String role, String section, String csrfParameter,
                             String csrfToken, Long pendingComments, boolean writesArticles,
                             boolean managesTaxonomy, boolean editsAuthorProfiles, boolean uploadsMedia,
                             boolean managesUsers, boolean changesSettings) {
}
