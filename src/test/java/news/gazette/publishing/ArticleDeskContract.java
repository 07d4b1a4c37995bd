package news.gazette.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import news.gazette.MutableClock;
import news.gazette.TestClockConfiguration;
import news.gazette.media.Media;
import news.gazette.media.MediaEditing;
import news.gazette.media.MediaItem;
import news.gazette.media.TestImages;
import news.gazette.media.Uploader;

/**
 * What the newsroom's article desk keeps and finds, on whichever database the subclass gives it: the list with its
 * filters and pages, revisions, the trash, changes to many articles, slugs of public articles, and featured images.
 */
@Import(TestClockConfiguration.class)
abstract class ArticleDeskContract {

    private static final AtomicInteger IMAGES = new AtomicInteger();

    @Autowired
    ArticleDesk desk;

    @Autowired
    ArticleLifecycle lifecycle;

    @Autowired
    Revisions revisions;

    @Autowired
    Publishing publishing;

    @Autowired
    Media media;

    @Autowired
    MediaEditing mediaEditing;

    @Autowired
    MutableClock clock;

    private Writer editor;
    private Writer author;
    private Writer otherAuthor;
    private Category section;
    private Category otherSection;
    private String unique;

    @BeforeEach
    void freshDesk() {
        clock.set(TestClockConfiguration.START);
        unique = UUID.randomUUID().toString().substring(0, 8);
        section = publishing.addCategory("Section " + unique, "");
        otherSection = publishing.addCategory("Other " + unique, "");
        author = new Writer("Ann <ann@example.com>", publishing.addAuthor("Ann " + unique, "").id(), false, true);
        otherAuthor = new Writer("Otto <otto@example.com>", publishing.addAuthor("Otto " + unique, "").id(), false, true);
        editor = new Writer("Eddie <eddie@example.com>", null, true, true);
    }

    @Test
    void listsByStatusAuthorCategoryAndTitleLeavingOutTheTrash() {
        long draft = save(author, null, "Zebra crossing " + unique, section, null, EditorAction.SAVE);
        long published = save(author, null, "Zebra at the zoo " + unique, otherSection, null, EditorAction.PUBLISH);
        long others = save(otherAuthor, null, "Zebra herds " + unique, section, null, EditorAction.SAVE);
        long trashed = save(author, null, "Zebra gone " + unique, section, null, EditorAction.SAVE);
        lifecycle.trash(author, trashed);

        assertThat(ids(editor, new DeskFilter(null, null, null, "ZEBRA% " + unique)))
                .as("a % typed is looked for as itself").isEmpty();
        assertThat(ids(editor, new DeskFilter(null, null, null, unique.toUpperCase())))
                .containsExactlyInAnyOrder(draft, published, others);
        assertThat(ids(editor, new DeskFilter(ArticleStatus.PUBLISHED, null, null, unique))).containsExactly(published);
        assertThat(ids(editor, new DeskFilter(ArticleStatus.TRASH, null, null, unique))).containsExactly(trashed);
        assertThat(ids(editor, new DeskFilter(null, null, section.id(), unique)))
                .containsExactlyInAnyOrder(draft, others);
        assertThat(ids(editor, new DeskFilter(ArticleStatus.DRAFT, otherAuthor.authorId(), section.id(), "herds")))
                .containsExactly(others);
        assertThat(ids(author, new DeskFilter(null, otherAuthor.authorId(), null, unique)))
                .as("an author sees only their own, whatever they filter by").containsExactlyInAnyOrder(draft, published);
    }

    @Test
    void findsTitlesWithLikeCharactersLiterally() {
        long percent = save(author, null, "Rates up 100% " + unique, section, null, EditorAction.SAVE);
        long underscore = save(author, null, "snake_case " + unique, section, null, EditorAction.SAVE);
        save(author, null, "Rates up 1000 " + unique, section, null, EditorAction.SAVE);
        save(author, null, "snakeXcase " + unique, section, null, EditorAction.SAVE);
        long bang = save(author, null, "Wow! " + unique, section, null, EditorAction.SAVE);

        assertThat(ids(editor, new DeskFilter(null, null, null, "100% " + unique))).containsExactly(percent);
        assertThat(ids(editor, new DeskFilter(null, null, null, "snake_case " + unique))).containsExactly(underscore);
        assertThat(ids(editor, new DeskFilter(null, null, null, "wow! " + unique))).containsExactly(bang);
    }

    @Test
    void pagesTheListMostRecentlyChangedFirst() {
        for (int i = 1; i <= ArticleDesk.PAGE_SIZE + 1; i++) {
            save(author, null, "Page story " + i + " " + unique, section, null, EditorAction.SAVE);
            clock.advance(Duration.ofSeconds(1));
        }
        var filter = new DeskFilter(null, null, section.id(), null);

        var first = desk.list(editor, filter, 1);
        var second = desk.list(editor, filter, 2);
        assertThat(first.total()).isEqualTo(ArticleDesk.PAGE_SIZE + 1);
        assertThat(first.totalPages()).isEqualTo(2);
        assertThat(first.articles()).hasSize(ArticleDesk.PAGE_SIZE);
        assertThat(first.articles().getFirst().title()).isEqualTo("Page story 21 " + unique);
        assertThat(second.articles()).extracting(DeskArticle::title).containsExactly("Page story 1 " + unique);
        assertThat(desk.list(editor, filter, 99).page()).as("past the end gives the last page").isEqualTo(2);
    }

    @Test
    void storesTheFeaturedImageForTheEditorAndForReaders() {
        var image = image("Cranes at dusk");
        long id = save(author, null, "Cranes arrive " + unique, section, image.id(), EditorAction.PUBLISH);

        assertThat(desk.open(author, id).featuredImageId()).isEqualTo(image.id());
        var article = publishing.findPublicArticle(desk.open(author, id).slug()).orElseThrow();
        assertThat(article.featuredImageId()).isEqualTo(image.id());
        assertThat(publishing.inCategory(section, 1, 10).articles()).singleElement()
                .extracting(ArticleSummary::featuredImageId).isEqualTo(image.id());

        save(author, id, "Cranes arrive " + unique, section, null, EditorAction.SAVE);
        assertThat(desk.open(author, id).featuredImageId()).isNull();
        assertThat(publishing.inCategory(section, 1, 10).articles().getFirst().featuredImageId()).isNull();
    }

    @Test
    void aFeaturedImageNotInTheLibraryIsAFieldError() {
        var outcome = desk.save(author, null, draft("Ghost picture " + unique, section, 999_999L), EditorAction.SAVE);

        assertThat(outcome.isDone()).isFalse();
        assertThat(outcome.errors()).containsOnlyKeys("featuredImageId");
        assertThat(outcome.errors().get("featuredImageId")).contains("featured image");
        assertThat(ids(editor, new DeskFilter(null, null, null, "Ghost picture " + unique))).isEmpty();
    }

    @Test
    void keepsARevisionOfEverySaveNewestFirstAndRestoresOneWithItsImage() {
        var first = image("A ferry at the quay");
        var second = image("An empty quay");
        long id = save(author, null, "Ferry " + unique, section, first.id(), EditorAction.SAVE);
        save(author, id, "Ferry, revised " + unique, section, second.id(), EditorAction.SAVE);

        var kept = revisions.of(author, id);
        assertThat(kept).extracting(Revision::title).containsExactly("Ferry, revised " + unique, "Ferry " + unique);
        assertThat(kept).extracting(Revision::featuredImageId).containsExactly(second.id(), first.id());
        assertThat(kept).extracting(Revision::savedBy).containsOnly(author.name());
        assertThat(revisions.compare(author, id, kept.get(1).id(), kept.get(0).id()))
                .contains(new DiffLine(DiffLine.Change.REMOVED, "Featured image: “A ferry at the quay”"),
                        new DiffLine(DiffLine.Change.ADDED, "Featured image: “An empty quay”"));

        assertThat(desk.restoreRevision(author, id, kept.get(1).id()).isDone()).isTrue();
        var restored = desk.open(author, id);
        assertThat(restored.title()).isEqualTo("Ferry " + unique);
        assertThat(restored.featuredImageId()).isEqualTo(first.id());
        assertThat(revisions.of(author, id)).hasSize(3);
        assertThat(revisions.of(editor, id)).as("an editor sees the same history").hasSize(3);
    }

    @Test
    void restoringARevisionWhoseImageWasDeletedLeavesTheArticleWithout() {
        var gone = image("Soon gone");
        var kept = image("Stays");
        long id = save(author, null, "Harbour " + unique, section, gone.id(), EditorAction.SAVE);
        save(author, id, "Harbour " + unique, section, kept.id(), EditorAction.SAVE);
        assertThat(mediaEditing.delete(new Uploader("ann@example.com", false), gone.id()).isDone()).isTrue();

        long oldest = revisions.of(author, id).getLast().id();
        assertThat(desk.restoreRevision(author, id, oldest).isDone()).isTrue();

        assertThat(desk.open(author, id).featuredImageId()).isNull();
    }

    @Test
    void trashAndRestoreMoveTheArticleAndForgetItsTime() {
        long id = save(author, null, "Short-lived " + unique, section, null, EditorAction.PUBLISH);
        assertThat(desk.open(author, id).publishedAt()).isEqualTo(TestClockConfiguration.START);

        assertThat(lifecycle.trash(author, id).isDone()).isTrue();
        assertThat(desk.open(author, id).status()).isEqualTo(ArticleStatus.TRASH);
        assertThat(desk.open(author, id).publishedAt()).isNull();
        assertThat(publishing.findPublicArticle(id)).isEmpty();
        assertThat(desk.save(author, id, draft("Changed in the trash", section, null), EditorAction.SAVE).refusal())
                .contains("trash");

        assertThat(lifecycle.restore(author, id).isDone()).isTrue();
        assertThat(desk.open(author, id).status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(lifecycle.restore(author, id).isRefused()).isTrue();
    }

    @Test
    void changesManyArticlesAtOnceCountingThoseItMayNotChange() {
        long mine = save(author, null, "Mine " + unique, section, null, EditorAction.SAVE);
        long alsoMine = save(author, null, "Also mine " + unique, section, null, EditorAction.SAVE);
        long theirs = save(otherAuthor, null, "Theirs " + unique, section, null, EditorAction.SAVE);

        var outcome = lifecycle.applyToEach(author, List.of(mine, alsoMine, theirs, mine, -1L), ArticleChange.PUBLISH);

        assertThat(outcome).isEqualTo(new BulkOutcome(2, 2));
        assertThat(desk.open(author, mine).status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(desk.open(otherAuthor, theirs).status()).isEqualTo(ArticleStatus.DRAFT);

        assertThat(lifecycle.applyToEach(editor, List.of(mine, alsoMine, theirs), ArticleChange.TRASH))
                .isEqualTo(new BulkOutcome(3, 0));
        assertThat(ids(editor, new DeskFilter(ArticleStatus.TRASH, null, null, unique))).hasSize(3);
        assertThat(lifecycle.applyToEach(editor, List.of(mine, theirs), ArticleChange.RESTORE))
                .isEqualTo(new BulkOutcome(2, 0));
        assertThat(lifecycle.applyToEach(editor, List.of(mine), ArticleChange.UNPUBLISH))
                .as("a restored article is a draft").isEqualTo(new BulkOutcome(0, 1));
    }

    @Test
    void aPublicArticleRenamedTwiceAnswersBothOldSlugs() {
        long id = save(author, null, "First name " + unique, section, null, EditorAction.PUBLISH);
        String first = desk.open(author, id).slug();
        save(author, id, "First name " + unique, section, null, EditorAction.SAVE, "second-name-" + unique);
        save(author, id, "First name " + unique, section, null, EditorAction.SAVE, first);
        save(author, id, "First name " + unique, section, null, EditorAction.SAVE, "third-name-" + unique);

        assertThat(publishing.currentSlugFor(first)).contains("third-name-" + unique);
        assertThat(publishing.currentSlugFor("second-name-" + unique)).contains("third-name-" + unique);
        var taken = desk.save(otherAuthor, null, new ArticleDraft("Copy", "third-name-" + unique, "", "",
                section.id(), null, "", true, null, null), EditorAction.SAVE);
        assertThat(taken.errors()).containsKey("slug");
    }

    @Test
    void answersTheLibraryWhichArticlesShowAnImage() {
        var image = image("Lighthouse");
        long featured = save(author, null, "Lighthouse keeper " + unique, section, image.id(), EditorAction.SAVE);
        var inBody = desk.save(otherAuthor, null, new ArticleDraft("Coastline " + unique, "", "Look: ![x]("
                + image.variants().getFirst().url() + ")", "", section.id(), null, "", true, null, null),
                EditorAction.SAVE);
        lifecycle.trash(author, featured);

        assertThat(mediaEditing.usesOf(image)).containsExactly(
                "the featured image of “Lighthouse keeper " + unique + "” (in the trash)",
                "shown in the body of “Coastline " + unique + "”");
        assertThat(mediaEditing.usesOf(image("Unused"))).isEmpty();
        assertThat(inBody.isDone()).isTrue();
    }

    private long save(Writer writer, Long id, String title, Category category, Long imageId, EditorAction action) {
        return save(writer, id, title, category, imageId, action, "");
    }

    private long save(Writer writer, Long id, String title, Category category, Long imageId, EditorAction action,
                      String slug) {
        var outcome = desk.save(writer, id, new ArticleDraft(title, slug, "Text of " + title + ".", "",
                category.id(), null, "", true, null, imageId), action);
        assertThat(outcome.isDone()).as("%s: %s %s", title, outcome.errors(), outcome.refusal()).isTrue();
        return outcome.articleId();
    }

    private static ArticleDraft draft(String title, Category category, Long imageId) {
        return new ArticleDraft(title, "", "Text.", "", category.id(), null, "", true, null, imageId);
    }

    private List<Long> ids(Writer writer, DeskFilter filter) {
        return desk.list(writer, filter, 1).articles().stream().map(DeskArticle::id).toList();
    }

    private MediaItem image(String alt) {
        return media.upload(TestImages.jpeg(600, 300 + IMAGES.incrementAndGet()), alt, "ann@example.com").stored();
    }
}
