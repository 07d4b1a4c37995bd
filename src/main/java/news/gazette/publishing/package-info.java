/**
 * Articles and what they are filed under: authors, categories, tags, slugs and the article lifecycle
 * (draft, pending review, scheduled, published, trash) and every article's revisions.
 * {@link news.gazette.publishing.Publishing} is the front door for readers' pages; it answers what is public at a
 * given moment and takes new articles, rendering and sanitising their bodies. The newsroom writes through
 * {@link news.gazette.publishing.ArticleDesk}, {@link news.gazette.publishing.ArticleLifecycle} and
 * {@link news.gazette.publishing.Revisions}, which apply who may do what to a {@link news.gazette.publishing.Writer}.
 * Categories, tags and author profiles are managed through {@link news.gazette.publishing.CategoryDesk},
 * {@link news.gazette.publishing.TagDesk} and {@link news.gazette.publishing.AuthorDesk}, announced with
 * {@link news.gazette.publishing.TaxonomyChanged}; a renamed one's old slug is kept so old links can be redirected.
 * An article's featured image is the id of an image in the media library, checked to exist when it is chosen; the
 * library asks publishing (its {@code ArticleImages}) before deleting an image, so one an article shows stays.
 * It knows nothing of URLs, comments or pages: those belong to the site and the comments modules.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "media"})
package news.gazette.publishing;
