package news.gazette.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

import news.gazette.MutableClock;
import news.gazette.TestClockConfiguration;

/**
 * What saved settings promise, on whichever database the subclass gives them: a saved value overrides its property,
 * wrong values are refused, and another instance on the same database sees a change once it reads again.
 * Subclasses set {@code gazette.site.title=Title from the property} and {@code gazette.site.timezone=Europe/Madrid}.
 */
@Import(TestClockConfiguration.class)
@RecordApplicationEvents
abstract class SavedSettingsContract {

    @Autowired
    SavedSettings saved;

    @Autowired
    SettingsStore store;

    @Autowired
    SiteSettings site;

    @Autowired
    SiteProperties properties;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    MutableClock clock;

    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void nothingSaved() {
        jdbc.sql("DELETE FROM site_setting").update();
        saved.refresh();
        events.clear();
    }

    @Test
    void aSavedValueOverridesItsPropertyWhileTheOthersKeepTheirs() {
        assertThat(site.title()).isEqualTo("Title from the property");

        var problems = site.change(Map.of("title", "  The Island Post  ", "articlesPerPage", "7"), "ana@example.com");

        assertThat(problems).isEmpty();
        assertThat(site.title()).isEqualTo("The Island Post");
        assertThat(site.articlesPerPage()).isEqualTo(7);
        assertThat(site.zone()).isEqualTo(ZoneId.of("Europe/Madrid"));
        assertThat(store.findAll()).containsExactlyInAnyOrderEntriesOf(
                Map.of("gazette.site.title", "The Island Post", "gazette.site.articles-per-page", "7"));
        assertThat(lastChange("gazette.site.title")).isEqualTo(new Change("ana@example.com", clock.instant()));
        assertThat(events.stream(SettingsChanged.class))
                .containsExactly(new SettingsChanged(Set.of("gazette.site.title", "gazette.site.articles-per-page")));
    }

    @Test
    void savingTheSameValueAgainKeepsWhoChangedItAndAnnouncesNothing() {
        site.change(Map.of("tagline", "Ferries and more"), "ana@example.com");
        Instant changedAt = clock.instant();
        clock.advance(Duration.ofHours(1));
        events.clear();

        assertThat(site.change(Map.of("tagline", "Ferries and more"), "ben@example.com")).isEmpty();

        assertThat(lastChange("gazette.site.tagline")).isEqualTo(new Change("ana@example.com", changedAt));
        assertThat(events.stream(SettingsChanged.class)).isEmpty();
    }

    @Test
    void refusesWrongValuesSayingWhatIsWrongWithEachAndSavesNone() {
        var problems = site.change(Map.of("title", " ", "tagline", "Fine", "baseUrl", "ftp://news.example.com",
                "timezone", "Mars/Olympus", "dateFormat", "F j, Y Q", "timeFormat", "", "articlesPerPage", "many"),
                "ana@example.com");

        assertThat(problems).containsExactlyInAnyOrderEntriesOf(Map.of(
                "title", "must not be blank",
                "baseUrl", "must be an http or https address like https://news.example.com",
                "timezone", "not a known time zone (use a name like Europe/Madrid)",
                "dateFormat", "uses the letter 'Q', which Gazette does not support; escape it as \\Q to print it as is",
                "timeFormat", "must not be blank",
                "articlesPerPage", "must be a whole number from 1 to 100"));
        assertThat(store.findAll()).isEmpty();
        assertThat(site.tagline()).isEqualTo(properties.tagline());
        assertThat(events.stream(SettingsChanged.class)).isEmpty();
    }

    @Test
    void anotherInstanceSeesAChangeOnceItReadsTheSettingsAgain() {
        var announced = new ArrayList<Object>();
        var otherSaved = new SavedSettings(store, transactions, announced::add, clock);
        var otherSite = new SiteSettings(properties, otherSaved);

        site.change(Map.of("title", "Changed on the first"), "ana@example.com");
        assertThat(otherSite.title()).isEqualTo("Title from the property");

        otherSaved.refresh();
        assertThat(otherSite.title()).isEqualTo("Changed on the first");
        assertThat(announced).containsExactly(new SettingsChanged(Set.of("gazette.site.title")));

        otherSaved.refresh();
        assertThat(announced).hasSize(1);
    }

    @Test
    void aSavedValueTheRulesRefuseIsPassedOverForItsProperty() {
        for (var row : Map.of("gazette.site.timezone", "Mars/Olympus", "gazette.site.title", "Written by hand").entrySet()) {
            jdbc.sql("INSERT INTO site_setting (name, value, updated_at, updated_by) VALUES (?, ?, ?, 'sql')")
                    .params(row.getKey(), row.getValue(), java.sql.Timestamp.from(clock.instant())).update();
        }

        saved.refresh();

        assertThat(site.zone()).isEqualTo(ZoneId.of("Europe/Madrid"));
        assertThat(site.title()).isEqualTo("Written by hand");
    }

    private record Change(String by, Instant at) {
    }

    private Change lastChange(String name) {
        return jdbc.sql("SELECT updated_by, updated_at FROM site_setting WHERE name = ?").param(name)
                .query((rs, row) -> new Change(rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant()))
                .single();
    }
}
