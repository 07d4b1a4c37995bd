package news.gazette.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import news.gazette.MutableClock;
import news.gazette.TestClockConfiguration;

/** What publishing promises, on whichever database the subclass gives it. */
@Import(TestClockConfiguration.class)
@RecordApplicationEvents
abstract class PublishingContract {

    @Autowired
    Publishing publishing;

    @Autowired
    MutableClock clock;

    @Autowired
    ApplicationEvents events;

    private final Instant now = TestClockConfiguration.START;
    private Author author;
    private Category section;

    @BeforeEach
    void freshSection() {
        clock.set(now);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        author = publishing.addAuthor("Writer " + unique, "");
        section = publishing.addCategory("Section " + unique, "");
    }

    private Article file(String title, ArticleStatus status, Instant at, String... tags) {
        return publishing.file(new NewArticle(title, "Body of " + title + ".", "", status, at, author.id(),
                section.id(), List.of(tags), true));
    }

    @Test
    void givesEachArticleAUniqueSlugFromItsTitle() {
        var first = file("Tokáyev speaks in Almatí", ArticleStatus.PUBLISHED, now.minusSeconds(60));
        var second = file("Tokáyev speaks in Almatí", ArticleStatus.PUBLISHED, now.minusSeconds(30));
        assertThat(first.slug()).startsWith("tokayev-speaks-in-almati");
        assertThat(second.slug()).isNotEqualTo(first.slug()).startsWith(first.slug() + "-");
    }

    @Test
    void showsOnlyPublishedArticlesWhoseTimeHasCome() {
        var draft = file("A draft", ArticleStatus.DRAFT, null);
        var scheduled = file("Scheduled for later", ArticleStatus.SCHEDULED, now.plus(Duration.ofHours(1)));
        var postdated = file("Published in the future", ArticleStatus.PUBLISHED, now.plus(Duration.ofDays(1)));
        var live = file("Already out", ArticleStatus.PUBLISHED, now.minusSeconds(1));

        assertThat(publishing.findPublicArticle(draft.slug())).isEmpty();
        assertThat(publishing.findPublicArticle(scheduled.slug())).isEmpty();
        assertThat(publishing.findPublicArticle(postdated.slug())).isEmpty();
        assertThat(publishing.findPublicArticle(live.slug())).get().extracting(Article::title).isEqualTo("Already out");
        assertThat(titles(publishing.inCategory(section, 1, 10))).containsExactly("Already out");

        clock.advance(Duration.ofHours(1));
        assertThat(publishing.findPublicArticle(scheduled.slug())).isPresent();
        assertThat(titles(publishing.inCategory(section, 1, 10))).containsExactly("Scheduled for later", "Already out");
    }

    @Test
    void announcesEachScheduledArticleOnceWhenItsTimeComes() {
        var scheduled = file("Scheduled", ArticleStatus.SCHEDULED, now.plusSeconds(30));
        assertThat(publishing.nextScheduledPublication()).contains(now.plusSeconds(30));

        clock.advance(Duration.ofSeconds(31));
        publishing.publishDueArticles();
        publishing.publishDueArticles();

        assertThat(events.stream(ArticlePublished.class).filter(e -> e.articleId() == scheduled.id())).hasSize(1);
        assertThat(publishing.findPublicArticle(scheduled.slug())).get()
                .extracting(Article::status).isEqualTo(ArticleStatus.PUBLISHED);
    }

    @Test
    void listsNewestFirstInPages() {
        for (int i = 1; i <= 5; i++) {
            file("Story " + i, ArticleStatus.PUBLISHED, now.minus(Duration.ofHours(10 - i)));
        }
        var first = publishing.inCategory(section, 1, 2);
        var last = publishing.inCategory(section, 3, 2);
        assertThat(titles(first)).containsExactly("Story 5", "Story 4");
        assertThat(first.totalPages()).isEqualTo(3);
        assertThat(first.totalArticles()).isEqualTo(5);
        assertThat(titles(last)).containsExactly("Story 1");
        assertThat(publishing.inCategory(section, 4, 2).isEmpty()).isTrue();
    }

    @Test
    void findsArticlesByTagAuthorAndPeriod() {
        file("Tagged", ArticleStatus.PUBLISHED, Instant.parse("2021-03-10T10:00:00Z"), "Ports", "Energy");
        file("Untagged", ArticleStatus.PUBLISHED, Instant.parse("2021-04-10T10:00:00Z"));

        var ports = publishing.tag("ports").orElseThrow();
        assertThat(ports.name()).isEqualTo("Ports");
        assertThat(titles(publishing.taggedWith(ports, 1, 10))).contains("Tagged").doesNotContain("Untagged");
        assertThat(titles(publishing.writtenBy(author, 1, 10))).containsExactly("Untagged", "Tagged");
        assertThat(titles(publishing.publishedBetween(Instant.parse("2021-03-01T00:00:00Z"),
                Instant.parse("2021-04-01T00:00:00Z"), 1, 10))).contains("Tagged").doesNotContain("Untagged");
    }

    @Test
    void sharesATagBetweenArticlesThatNameItAlike() {
        var one = file("One", ArticleStatus.PUBLISHED, now.minusSeconds(5), "Central Asia");
        var two = file("Two", ArticleStatus.PUBLISHED, now.minusSeconds(4), "central asia");
        assertThat(one.tags()).singleElement().isEqualTo(two.tags().getFirst());
    }

    @Test
    void storesSanitisedHtmlAndDrawsAnExcerpt() {
        var article = publishing.file(new NewArticle("Hostile", "Hello <script>alert(1)</script>**world**", "",
                ArticleStatus.PUBLISHED, now.minusSeconds(1), author.id(), section.id(), List.of(), true));
        assertThat(article.bodyHtml()).isEqualTo("<p>Hello <strong>world</strong></p>");
        assertThat(article.excerpt()).isEqualTo("Hello world");
    }

    @Test
    void answersUnknownAndMalformedNamesWithNothing() {
        assertThat(publishing.findPublicArticle("no-such-article")).isEmpty();
        assertThat(publishing.findPublicArticle("../../etc/passwd")).isEmpty();
        assertThat(publishing.findPublicArticle("x".repeat(5000))).isEmpty();
        assertThat(publishing.category("<script>")).isEmpty();
        assertThat(publishing.author("")).isEmpty();
        assertThat(publishing.currentSlugFor("nothing-here")).isEmpty();
    }

    @Test
    void refusesAnArticleWithoutTitleOrTime() {
        assertThatThrownBy(() -> file(" ", ArticleStatus.DRAFT, null)).hasMessageContaining("title");
        assertThatThrownBy(() -> file("No time", ArticleStatus.SCHEDULED, null)).hasMessageContaining("publish time");
    }

    private static List<String> titles(ArticleListing listing) {
        return listing.articles().stream().map(ArticleSummary::title).toList();
    }
}
