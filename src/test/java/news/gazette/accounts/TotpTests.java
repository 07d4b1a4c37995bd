package news.gazette.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The codes of RFC 6238 (appendix B, SHA-1) and RFC 4226 (appendix D), and the clock drift allowed. */
class TotpTests {

    private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({
            "59,          1,          94287082",
            "1111111109,  37037036,   07081804",
            "1111111111,  37037037,   14050471",
            "1234567890,  41152263,   89005924",
            "2000000000,  66666666,   69279037",
            "20000000000, 666666666,  65353130"})
    void givesTheRfc6238CodesForEachTime(long unixSeconds, long expectedStep, String code) {
        long step = Totp.step(Instant.ofEpochSecond(unixSeconds));
        assertThat(step).isEqualTo(expectedStep);
        assertThat(Totp.code(RFC_KEY, step, 8)).isEqualTo(code);
        assertThat(Totp.code(RFC_KEY, step, 6)).isEqualTo(code.substring(2));
    }

    @ParameterizedTest
    @CsvSource({"0, 755224", "1, 287082", "2, 359152", "3, 969429", "4, 338314", "5, 254676", "6, 287922",
            "7, 162583", "8, 399871", "9, 520489"})
    void givesTheRfc4226CodesForEachCounter(long counter, String code) {
        assertThat(Totp.code(RFC_KEY, counter, 6)).isEqualTo(code);
    }

    @Test
    void acceptsTheCodeOfTheStepBeforeAndAfterButNoFurther() {
        Instant now = Instant.ofEpochSecond(1111111111);
        long step = Totp.step(now);
        assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step, 6), now)).hasValue(step);
        assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step - 1, 6), now)).hasValue(step - 1);
        assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step + 1, 6), now)).hasValue(step + 1);
        assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step - 2, 6), now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step + 2, 6), now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_KEY, "14050471", now)).as("eight digits are not six").isEmpty();
    }

    @ParameterizedTest
    @CsvSource(value = {"'', ''", "f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB",
            "foobar, MZXW6YTBOI"})
    void encodesBase32AsRfc4648WithoutPadding(String text, String base32) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        assertThat(Base32.encode(bytes)).isEqualTo(base32);
        assertThat(Base32.decode(base32)).isEqualTo(bytes);
    }

    @Test
    void readsBase32AsPeopleTypeIt() {
        assertThat(Base32.decode("mzxw 6ytb oi======")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
        assertThat(Base32.decode(Base32.encode(RFC_KEY))).isEqualTo(RFC_KEY);
        assertThat(Base32.encode(RFC_KEY)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    }
}
