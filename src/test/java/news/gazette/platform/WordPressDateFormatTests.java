package news.gazette.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZonedDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class WordPressDateFormatTests {

    private final ZonedDateTime evening = ZonedDateTime.of(2022, 1, 22, 17, 44, 0, 0, ZoneId.of("UTC"));
    private final ZonedDateTime morning = ZonedDateTime.of(2022, 3, 3, 9, 5, 7, 0, ZoneId.of("UTC"));

    @Test
    void formatsTheDefaultsAsWordPressDoes() {
        assertThat(WordPressDateFormat.toFormatter("F j, Y").format(evening)).isEqualTo("January 22, 2022");
        assertThat(WordPressDateFormat.toFormatter("g:i a").format(evening)).isEqualTo("5:44 pm");
    }

    @Test
    void supportsTheOtherCommonFormats() {
        assertThat(WordPressDateFormat.toFormatter("Y-m-d").format(morning)).isEqualTo("2022-03-03");
        assertThat(WordPressDateFormat.toFormatter("d/m/Y").format(morning)).isEqualTo("03/03/2022");
        assertThat(WordPressDateFormat.toFormatter("l, jS F").format(morning)).isEqualTo("Thursday, 3rd March");
        assertThat(WordPressDateFormat.toFormatter("H:i:s").format(morning)).isEqualTo("09:05:07");
        assertThat(WordPressDateFormat.toFormatter("g:i A").format(evening)).isEqualTo("5:44 PM");
    }

    @Test
    void printsEscapedLettersAsTheyAre() {
        assertThat(WordPressDateFormat.toFormatter("\\d\\a\\y j").format(morning)).isEqualTo("day 3");
    }

    @Test
    void rejectsUnknownLettersNamingTheLetter() {
        assertThatThrownBy(() -> WordPressDateFormat.toFormatter("F j, Y Q"))
                .hasMessage("uses the letter 'Q', which Gazette does not support; escape it as \\Q to print it as is");
    }
}
