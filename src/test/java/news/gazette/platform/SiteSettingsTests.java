package news.gazette.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class SiteSettingsTests {

    private static SiteSettings settings(String baseUrl, String timezone, int perPage) {
        return new SiteSettings("Gazette", "News", baseUrl, timezone, "F j, Y", "g:i a", perPage, "en");
    }

    @Test
    void printsInstantsInTheSitesTimezone() {
        var madrid = settings("https://news.example.com/", "Europe/Madrid", 10);
        Instant instant = Instant.parse("2022-01-22T23:30:00Z");
        assertThat(madrid.formatDate(instant)).isEqualTo("January 23, 2022");
        assertThat(madrid.formatTime(instant)).isEqualTo("12:30 am");
        assertThat(madrid.absolute("/tag/x/")).isEqualTo("https://news.example.com/tag/x/");
    }

    @Test
    void rejectsBadValuesNamingTheSetting() {
        assertThatThrownBy(() -> settings("ftp://x", "UTC", 10)).hasMessageContaining("gazette.site.base-url");
        assertThatThrownBy(() -> settings("http://x", "Mars/Olympus", 10)).hasMessageContaining("gazette.site.timezone");
        assertThatThrownBy(() -> settings("http://x", "UTC", 0)).hasMessageContaining("gazette.site.articles-per-page");
    }
}
