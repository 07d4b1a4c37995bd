package news.gazette.publishing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The publishing module's front door. Reads answer what readers may see now: published articles, and scheduled
 * ones whose time has come; drafts and future articles are never returned. Unknown slugs give empty results,
 * never errors. Writes render Markdown to sanitised HTML and give every new article, author and category a
 * unique slug.
 */
@Service
public class Publishing {

    private final PublishingStore store;
    private final TaxonomyStore taxonomy;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Publishing(PublishingStore store, TaxonomyStore taxonomy, Clock clock, ApplicationEventPublisher events) {
        this.store = store;
        this.taxonomy = taxonomy;
        this.clock = clock;
        this.events = events;
    }

    public Optional<Article> findPublicArticle(String slug) {
        if (!Slug.isWellFormed(slug)) {
            return Optional.empty();
        }
        return store.findPublicBySlug(slug, clock.instant());
    }

    /** The article with this id, if readers may see it now. */
    public Optional<Article> findPublicArticle(long id) {
        Instant now = clock.instant();
        return store.findById(id).filter(article -> article.status().isPublicInTime()
                && article.publishedAt() != null && !article.publishedAt().isAfter(now));
    }

    /** The current slug of a public article that was once reachable as {@code oldSlug}. */
    public Optional<String> currentSlugFor(String oldSlug) {
        if (!Slug.isWellFormed(oldSlug)) {
            return Optional.empty();
        }
        return store.findPublicSlugByOldSlug(oldSlug, clock.instant());
    }

    public ArticleListing latest(int page, int pageSize) {
        return listing(PublishingStore.Filter.ALL, null, null, null, page, pageSize);
    }

    public ArticleListing inCategory(Category category, int page, int pageSize) {
        return listing(PublishingStore.Filter.CATEGORY, category.id(), null, null, page, pageSize);
    }

    public ArticleListing taggedWith(Tag tag, int page, int pageSize) {
        return listing(PublishingStore.Filter.TAG, tag.id(), null, null, page, pageSize);
    }

    public ArticleListing writtenBy(Author author, int page, int pageSize) {
        return listing(PublishingStore.Filter.AUTHOR, author.id(), null, null, page, pageSize);
    }

    /** Public articles published at or after {@code from} and before {@code to}. */
    public ArticleListing publishedBetween(Instant from, Instant to, int page, int pageSize) {
        return listing(PublishingStore.Filter.ALL, null, from, to, page, pageSize);
    }

    public Optional<Category> category(String slug) {
        return Slug.isWellFormed(slug) ? store.findCategory(slug) : Optional.empty();
    }

    public Optional<Tag> tag(String slug) {
        return Slug.isWellFormed(slug) ? store.findTag(slug) : Optional.empty();
    }

    public Optional<Author> author(String slug) {
        return Slug.isWellFormed(slug) ? store.findAuthor(slug) : Optional.empty();
    }

    /** The current slug of a category once reachable as {@code oldSlug}, before it was renamed. */
    public Optional<String> renamedCategory(String oldSlug) {
        return renamed(TermKind.CATEGORY, oldSlug);
    }

    /** The current slug of a tag once reachable as {@code oldSlug}: renamed, or merged into another. */
    public Optional<String> renamedTag(String oldSlug) {
        return renamed(TermKind.TAG, oldSlug);
    }

    public Optional<String> renamedAuthor(String oldSlug) {
        return renamed(TermKind.AUTHOR, oldSlug);
    }

    public List<Category> categories() {
        return store.categories();
    }

    /** When the next scheduled article becomes public, if one is waiting. */
    public Optional<Instant> nextScheduledPublication() {
        return store.nextScheduled(clock.instant());
    }

    public boolean hasArticles() {
        return store.hasAnyArticle();
    }

    @Transactional
    public Author addAuthor(String name, String bio) {
        String slug = Slug.unique(Slug.of(name, "author"), store.authorSlugsLike(Slug.of(name, "author")));
        return store.insertAuthor(slug, name.strip(), bio == null ? "" : bio.strip(), clock.instant());
    }

    @Transactional
    public Category addCategory(String name, String description) {
        String slug = Slug.unique(Slug.of(name, "category"), store.categorySlugsLike(Slug.of(name, "category")));
        return store.insertCategory(slug, name.strip(), description == null ? "" : description.strip());
    }

    /**
     * Files an article. Rejects a blank title, and a scheduled or published article without a time.
     * Every new article is announced with {@link ArticleFiled}; a published one whose time has come also with
     * {@link ArticlePublished}.
     */
    @Transactional
    public Article file(NewArticle article) {
        if (article.title() == null || article.title().isBlank()) {
            throw new IllegalArgumentException("title must not be blank");
        }
        if (article.status() != ArticleStatus.DRAFT && article.publishAt() == null) {
            throw new IllegalArgumentException("a " + article.status().column() + " article needs a publish time");
        }
        Instant now = clock.instant();
        String bodyHtml = ArticleHtml.fromMarkdown(article.body());
        String excerpt = article.excerpt() == null || article.excerpt().isBlank()
                ? ArticleHtml.excerptOf(bodyHtml)
                : article.excerpt().strip();
        String base = Slug.of(article.title(), "article");
        String slug = Slug.unique(base, store.articleSlugsLike(base));
        long id = store.insertArticle(slug, article, excerpt, bodyHtml, now);
        for (String name : article.tagNames()) {
            if (!name.isBlank()) {
                store.tagArticle(id, store.tagFor(Slug.of(name, "tag"), name.strip()).id());
            }
        }
        events.publishEvent(new ArticleFiled(id, slug, article.status(), article.publishAt()));
        if (article.status() == ArticleStatus.PUBLISHED && !article.publishAt().isAfter(now)) {
            events.publishEvent(new ArticlePublished(id, slug));
        }
        return store.findById(id).orElseThrow();
    }

    /** Marks scheduled articles whose time has come as published, announcing each once. */
    @Transactional
    public int publishDueArticles() {
        List<ArticlePublished> published = store.publishDue(clock.instant());
        published.forEach(events::publishEvent);
        return published.size();
    }

    private Optional<String> renamed(TermKind kind, String oldSlug) {
        return Slug.isWellFormed(oldSlug) ? taxonomy.currentSlug(kind, oldSlug) : Optional.empty();
    }

    private ArticleListing listing(PublishingStore.Filter filter, Object value, Instant from, Instant to,
                                   int page, int pageSize) {
        Instant now = clock.instant();
        long total = store.countPublic(filter, value, from, to, now);
        int pages = ArticleListing.pagesFor(total, pageSize);
        if (page < 1 || page > pages) {
            return new ArticleListing(List.of(), page, pages, total);
        }
        var articles = store.listPublic(filter, value, from, to, now, pageSize, (page - 1) * pageSize);
        return new ArticleListing(articles, page, pages, total);
    }
}
