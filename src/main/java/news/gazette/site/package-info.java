/**
 * The public reading site: front page, article pages, archives by category, tag, author and date, the not-found
 * page, canonical URLs and redirects, and the page cache that serves anonymous readers the same bytes.
 * It reads through the publishing, comments and media front doors (an article's featured image by its id, with the
 * image's copies and alt text from the library) and owns no tables.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "publishing", "comments", "media"})
package news.gazette.site;
