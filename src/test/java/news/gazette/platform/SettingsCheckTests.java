package news.gazette.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SettingsCheckTests {

    @Test
    void readsLengthsOfTimeAsPlainNumbersOfTheirUnitOrInSpringsSpellingsAndSavesThemWithTheirUnit() {
        var check = new SettingsCheck(Map.of("a", "15", "b", " 15s ", "c", "PT15S", "d", "500ms", "e", "30",
                "f", "0"));

        assertThat(List.of(check.duration("a", ChronoUnit.SECONDS), check.duration("b", ChronoUnit.SECONDS),
                check.duration("c", ChronoUnit.SECONDS))).containsOnly(Duration.ofSeconds(15));
        assertThat(check.duration("d", ChronoUnit.SECONDS)).isEqualTo(Duration.ofMillis(500));
        assertThat(check.duration("e", ChronoUnit.DAYS)).isEqualTo(Duration.ofDays(30));
        assertThat(check.duration("f", ChronoUnit.SECONDS)).isZero();
        assertThat(check.passed()).isTrue();
        assertThat(check.canonical()).containsExactlyInAnyOrderEntriesOf(Map.of("a", "15s", "b", "15s", "c", "15s",
                "d", "500ms", "e", "30d", "f", "0s"));
    }

    @Test
    void refusesLengthsThatAreNotWholeNegativeOrBeyondACentury() {
        var check = new SettingsCheck(Map.of("a", "1.5", "b", "-1", "c", "soon", "d", "36526", "e", ""));

        for (String field : List.of("a", "b", "c", "d")) {
            check.duration(field, ChronoUnit.DAYS);
        }
        check.duration("e", ChronoUnit.SECONDS);

        assertThat(check.problems()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "a", "must be a whole number of days, 0 or more", "b", "must be a whole number of days, 0 or more",
                "c", "must be a whole number of days, 0 or more", "d", "must be at most a hundred years",
                "e", "must be a whole number of seconds, 0 or more"));
        assertThat(check.canonical()).isEmpty();
    }

    @Test
    void readsWordsOneALineAndCheckboxesAsYesOrNo() {
        var check = new SettingsCheck(Map.of("words", "  casino \r\n\n cheap pills\n", "ticked", "on", "saved", "true",
                "unticked", ""));

        assertThat(check.lines("words")).containsExactly("casino", "cheap pills");
        assertThat(List.of(check.flag("ticked"), check.flag("saved"), check.flag("unticked"), check.flag("missing")))
                .containsExactly(true, true, false, false);
        assertThat(check.canonical()).containsEntry("words", "casino\ncheap pills").containsEntry("ticked", "true")
                .containsEntry("unticked", "false");
    }

    @Test
    void refusesWholeNumbersOutsideTheirRangeSayingWhichRange() {
        var check = new SettingsCheck(Map.of("depth", "11", "links", "-1", "page", "2147483648", "fine", " 7 "));

        check.whole("depth", 1, 10);
        check.whole("links", 0, Integer.MAX_VALUE);
        check.whole("page", 1, Integer.MAX_VALUE);

        assertThat(check.whole("fine", 1, 10)).isEqualTo(7);
        assertThat(check.problems()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "depth", "must be a whole number from 1 to 10", "links", "must be a whole number, 0 or more",
                "page", "must be a whole number, 1 or more"));
    }
}
