package news.gazette.publishing.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import news.gazette.platform.SiteSettings;
import news.gazette.publishing.ArticleStatus;
import news.gazette.publishing.Author;
import news.gazette.publishing.Category;
import news.gazette.publishing.NewArticle;
import news.gazette.publishing.Publishing;

/**
 * Files the demo site on the first start (when there is no article at all), before the server takes requests:
 * the Kazakhstan article exactly as the original page has it, and a handful more in two sections by two authors,
 * so every page type has something to show. Times are wall-clock times in the site's timezone.
 * Off with {@code gazette.demo-content=false}.
 */
@Component
@ConditionalOnBooleanProperty(name = "gazette.demo-content", matchIfMissing = true)
class DemoContent implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);

    private record DemoArticle(String file, String title, String author, String section, List<String> tags,
                               LocalDateTime at, ArticleStatus status) {
    }

    private static final List<DemoArticle> ARTICLES = List.of(
            new DemoArticle("rail-freight-across-central-asia", "Rail freight across Central Asia draws new investors",
                    "Daniel Okafor", "Business", List.of("Central Asia", "Trade"),
                    LocalDateTime.of(2022, 1, 18, 9, 10), ArticleStatus.PUBLISHED),
            new DemoArticle("arrest-of-former-kazakhstan-spy-chief",
                    "Arrest of former Kazakhstan spy chief uncovers internal power struggles",
                    "Marta Velasco", "World", List.of("Kazakhstan", "Central Asia", "Security"),
                    LocalDateTime.of(2022, 1, 22, 17, 44), ArticleStatus.PUBLISHED),
            new DemoArticle("mountain-villages-prepare-for-a-late-winter", "Mountain villages prepare for a late winter",
                    "Marta Velasco", "World", List.of("Weather", "Rural life"),
                    LocalDateTime.of(2022, 1, 29, 7, 30), ArticleStatus.PUBLISHED),
            new DemoArticle("cafe-owners-weigh-price-rises", "Café owners weigh price rises as flour costs climb",
                    "Daniel Okafor", "Business", List.of("Prices", "Food"),
                    LocalDateTime.of(2022, 2, 3, 12, 5), ArticleStatus.PUBLISHED),
            new DemoArticle("small-ports-bet-on-electric-cranes", "Small ports bet on electric cranes",
                    "Daniel Okafor", "Business", List.of("Energy", "Trade"),
                    LocalDateTime.of(2022, 2, 10, 16, 20), ArticleStatus.PUBLISHED),
            new DemoArticle("four-day-week-trial-in-a-newsroom", "What a four-day week taught one newsroom",
                    "Marta Velasco", "Business", List.of("Work", "Media"),
                    LocalDateTime.of(2022, 2, 15, 8, 0), ArticleStatus.PUBLISHED),
            new DemoArticle("last-ferry-to-isla-grande", "Señora Núñez and the last ferry to Isla Grande",
                    "Marta Velasco", "World", List.of("Rural life", "Transport"),
                    LocalDateTime.of(2022, 2, 20, 11, 45), ArticleStatus.PUBLISHED),
            new DemoArticle("election-night-coverage-plan", "Election night coverage plan",
                    "Daniel Okafor", "World", List.of(), null, ArticleStatus.DRAFT));

    private static final Map<String, String> AUTHORS = Map.of(
            "Marta Velasco", "Marta Velasco covers Central Asia and rural Europe for the foreign desk.",
            "Daniel Okafor", "Daniel Okafor writes about trade, ports and the businesses that depend on them.");

    private static final Map<String, String> SECTIONS = Map.of(
            "World", "Reporting from around the world.",
            "Business", "Trade, work and the economy.");

    private final Publishing publishing;
    private final SiteSettings site;

    DemoContent(Publishing publishing, SiteSettings site) {
        this.publishing = publishing;
        this.site = site;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (publishing.hasArticles()) {
            return;
        }
        var authors = new java.util.HashMap<String, Author>();
        AUTHORS.keySet().stream().sorted().forEach(name -> authors.put(name, publishing.addAuthor(name, AUTHORS.get(name))));
        var sections = new java.util.HashMap<String, Category>();
        SECTIONS.keySet().stream().sorted()
                .forEach(name -> sections.put(name, publishing.addCategory(name, SECTIONS.get(name))));
        for (DemoArticle demo : ARTICLES) {
            publishing.file(new NewArticle(demo.title(), body(demo.file()), "", demo.status(),
                    demo.at() == null ? null : demo.at().atZone(site.zone()).toInstant(),
                    authors.get(demo.author()).id(), sections.get(demo.section()).id(), demo.tags(), true));
        }
        log.info("Filed the demo site: {} articles by {} authors in {} sections", ARTICLES.size(), AUTHORS.size(),
                SECTIONS.size());
    }

    private static String body(String file) {
        try {
            return new ClassPathResource("demo/" + file + ".md").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The demo article " + file + " is missing from the build", e);
        }
    }
}
