/**
 * Articles and what they are filed under: authors, categories, tags, slugs and the article lifecycle
 * (draft, scheduled, published). {@link news.gazette.publishing.Publishing} is the front door; it answers
 * what is public at a given moment and takes new articles, rendering and sanitising their bodies.
 * It knows nothing of URLs, comments or pages: those belong to the site and the comments modules.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "platform")
package news.gazette.publishing;
