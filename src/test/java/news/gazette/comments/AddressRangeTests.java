package news.gazette.comments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** IP addresses and CIDR ranges as moderators type them and as the server sees comments come in. */
class AddressRangeTests {

    @ParameterizedTest
    @CsvSource({
            "203.0.113.7,                               203.0.113.7",
            "' 203.0.113.7 ',                           203.0.113.7",
            "203.0.113.77/24,                           203.0.113.0/24",
            "203.0.113.0/32,                            203.0.113.0",
            "0.0.0.0/0,                                 0.0.0.0/0",
            "2001:0DB8:0000:0000:0000:0000:0000:0001,   2001:db8::1",
            "2001:db8:0:0:1:0:0:1,                      2001:db8::1:0:0:1",
            "2001:db8:0:1:1:1:1:1,                      2001:db8:0:1:1:1:1:1",
            "0:0:0:0:0:0:0:1,                           ::1",
            "0:0:0:0:0:0:0:0,                           ::",
            "1:0:0:0:0:0:0:0,                           1::",
            "2001:db8:ab:cd::5/48,                      2001:db8:ab::/48",
            "::ffff:192.0.2.1,                          192.0.2.1"})
    void writesEachAddressAndRangeOneWay(String typed, String canonical) {
        assertThat(AddressRange.parse(typed)).hasValueSatisfying(range -> assertThat(range.text()).isEqualTo(canonical));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "example.com", "localhost", "a", "1.2.3", "1.2.3.4.5", "256.1.1.1", "1.2.3.4/33",
            "1.2.3.4/", "/8", "1.2.3.4/x", "1.2.3.4/ 8", "::1/129", "fe80::1%eth0", "[::1]", "2001:db8::g", "1:2:3"})
    void readsNothingButLiteralAddressesAndRanges(String typed) {
        assertThat(AddressRange.parse(typed)).as(typed).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "100.64.12.0/22,    100.64.12.0,             true",
            "100.64.12.0/22,    100.64.15.255,           true",
            "100.64.12.0/22,    100.64.16.0,             false",
            "100.64.12.0/22,    100.64.11.255,           false",
            "203.0.113.7,       203.0.113.7,             true",
            "203.0.113.7,       203.0.113.8,             false",
            "2001:db8::/32,     2001:0db8:ffff::1,       true",
            "2001:db8::/32,     2001:db9::1,             false",
            "2001:db8::7,       2001:db8:0:0:0:0:0:7,    true",
            "192.0.2.0/24,      ::ffff:192.0.2.9,        true",
            "192.0.2.0/24,      2001:db8::1,             false",
            "2001:db8::/32,     192.0.2.1,               false",
            "192.0.2.0/24,      unknown,                 false",
            "192.0.2.0/24,      '',                      false"})
    void holdsTheAddressesItsPrefixCovers(String range, String ip, boolean contains) {
        assertThat(AddressRange.parse(range).orElseThrow().contains(ip)).isEqualTo(contains);
    }
}
