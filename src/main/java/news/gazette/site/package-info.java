/**
 * The public reading site: front page, article pages, archives by category, tag, author and date, the not-found
 * page, canonical URLs and redirects, and the page cache that serves anonymous readers the same bytes.
 * It reads through the publishing and comments front doors and owns no tables.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "publishing", "comments"})
package news.gazette.site;
