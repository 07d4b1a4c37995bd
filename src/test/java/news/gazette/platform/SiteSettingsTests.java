package news.gazette.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class SiteSettingsTests {

    private static SiteSettings settings(String baseUrl, String timezone, String dateFormat, int perPage) {
        return new SiteSettings(new SiteProperties("Gazette", "News", baseUrl, timezone, dateFormat, "g:i a", perPage,
                "en"), null);
    }

    @Test
    void printsInstantsInTheSitesTimezone() {
        var madrid = settings("https://news.example.com/", "Europe/Madrid", "F j, Y", 10);
        Instant instant = Instant.parse("2022-01-22T23:30:00Z");
        assertThat(madrid.formatDate(instant)).isEqualTo("January 23, 2022");
        assertThat(madrid.formatTime(instant)).isEqualTo("12:30 am");
        assertThat(madrid.absolute("/tag/x/")).isEqualTo("https://news.example.com/tag/x/");
    }

    @Test
    void rejectsBadPropertiesNamingEach() {
        assertThatThrownBy(() -> settings("ftp://x", "UTC", "F j, Y", 10)).hasMessage(
                "gazette.site.base-url: must be an http or https address like https://news.example.com");
        assertThatThrownBy(() -> settings("http://x", "Mars/Olympus", "F j, Y", 10)).hasMessage(
                "gazette.site.timezone: not a known time zone (use a name like Europe/Madrid)");
        assertThatThrownBy(() -> settings("http://x", "UTC", "F j, Y Q", 10))
                .hasMessageStartingWith("gazette.site.date-format: uses the letter 'Q'");
        assertThatThrownBy(() -> settings("http://x", "UTC", "F j, Y", 0)).hasMessage(
                "gazette.site.articles-per-page: must be a whole number from 1 to 100");
        assertThatThrownBy(() -> settings("ftp://x", "Mars/Olympus", "F j, Y", 10))
                .hasMessageContaining("gazette.site.base-url").hasMessageContaining("gazette.site.timezone");
    }
}
