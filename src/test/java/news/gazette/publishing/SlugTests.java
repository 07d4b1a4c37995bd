package news.gazette.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class SlugTests {

    @Test
    void makesLowerCaseHyphenatedWordsOfATitle() {
        assertThat(Slug.of("Arrest of former Kazakhstan spy chief uncovers internal power struggles", "article"))
                .isEqualTo("arrest-of-former-kazakhstan-spy-chief-uncovers-internal-power-struggles");
    }

    @Test
    void transliteratesAccentsAndSpecialLetters() {
        assertThat(Slug.of("Señora Núñez and the last ferry", "article")).isEqualTo("senora-nunez-and-the-last-ferry");
        assertThat(Slug.of("Tokáyev, Almatí & Nursultán", "article")).isEqualTo("tokayev-almati-and-nursultan");
        assertThat(Slug.of("Straße in Łódź, Ærø", "article")).isEqualTo("strasse-in-lodz-aero");
    }

    @Test
    void dropsPunctuationAndCollapsesSeparators() {
        assertThat(Slug.of("  “High treason” — 40 dead (…) !!  ", "article")).isEqualTo("high-treason-40-dead");
    }

    @Test
    void fallsBackWhenNothingIsLeft() {
        assertThat(Slug.of("«…»", "article")).isEqualTo("article");
        assertThat(Slug.of(null, "tag")).isEqualTo("tag");
    }

    @Test
    void cutsLongTitlesAtAWordBoundary() {
        String slug = Slug.of("word ".repeat(100), "article");
        assertThat(slug).hasSizeLessThanOrEqualTo(Slug.MAX_LENGTH).endsWith("word").doesNotContain("--");
    }

    @Test
    void numbersATakenSlugWithTheFirstFreeSuffix() {
        assertThat(Slug.unique("news", List.of())).isEqualTo("news");
        assertThat(Slug.unique("news", List.of("news", "news-2", "news-4"))).isEqualTo("news-3");
    }

    @Property
    void everySlugIsWellFormed(@ForAll String title) {
        String slug = Slug.of(title, "article");
        assertThat(Slug.isWellFormed(slug)).as("slug of %s: %s", title, slug).isTrue();
    }

    @Property
    void rejectsPathsThatNoSlugCouldBe(@ForAll String candidate) {
        if (Slug.isWellFormed(candidate)) {
            assertThat(candidate).matches("[a-z0-9-]+").doesNotStartWith("-").doesNotEndWith("-").doesNotContain("--");
        }
    }
}
