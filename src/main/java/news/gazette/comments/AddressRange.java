package news.gazette.comments;

import java.net.InetAddress;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An IP address, or a range of them in CIDR notation ("203.0.113.0/24", "2001:db8::/32"), IPv4 or IPv6. Text is
 * read as a literal address only, never looked up as a host name. {@link #text()} is canonical: IPv4 in four
 * decimal parts, IPv6 in lower case with the longest run of zeros shortened to "::" (RFC 5952), a range by its
 * first address, so one range or address has one spelling however it was typed.
 *
 * @param prefix how many leading bits an address must share with {@code network} to be in the range
 */
record AddressRange(byte[] network, int prefix) {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    /** The address or range {@code typed} names; empty when it is neither (a host name, a zone, a bad prefix). */
    static Optional<AddressRange> parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        int slash = text.indexOf('/');
        var address = address(slash < 0 ? text : text.substring(0, slash));
        if (address.isEmpty()) {
            return Optional.empty();
        }
        byte[] bytes = address.get().getAddress();
        int bits = bytes.length * 8;
        if (slash < 0) {
            return Optional.of(new AddressRange(bytes, bits));
        }
        String length = text.substring(slash + 1);
        if (!length.matches("\\d{1,3}") || Integer.parseInt(length) > bits) {
            return Optional.empty();
        }
        int prefix = Integer.parseInt(length);
        for (int bit = prefix; bit < bits; bit++) {
            bytes[bit / 8] &= (byte) ~(0x80 >>> bit % 8);
        }
        return Optional.of(new AddressRange(bytes, prefix));
    }

    /** The canonical spelling of a single address, if {@code ip} is one. */
    static Optional<String> canonical(String ip) {
        return address(ip == null ? "" : ip.strip()).map(a -> text(a.getAddress()));
    }

    boolean isSingleAddress() {
        return prefix == network.length * 8;
    }

    boolean isIpv4() {
        return network.length == 4;
    }

    /** Whether {@code ip}, as the server saw it, is in this range; false when it is no address at all. */
    boolean contains(String ip) {
        var address = address(ip == null ? "" : ip.strip());
        if (address.isEmpty() || address.get().getAddress().length != network.length) {
            return false;
        }
        byte[] bytes = address.get().getAddress();
        for (int bit = 0; bit < prefix; bit++) {
            int mask = 0x80 >>> bit % 8;
            if ((bytes[bit / 8] & mask) != (network[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }

    String text() {
        String address = text(network);
        return isSingleAddress() ? address : address + "/" + prefix;
    }

    private static Optional<InetAddress> address(String text) {
        if (!IPV4.matcher(text).matches() && !IPV6.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.ofLiteral(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String text(byte[] bytes) {
        if (bytes.length == 4) {
            return (bytes[0] & 0xff) + "." + (bytes[1] & 0xff) + "." + (bytes[2] & 0xff) + "." + (bytes[3] & 0xff);
        }
        String[] groups = new String[8];
        int longestStart = -1;
        int longest = 1; // a single zero group stays "0" (RFC 5952, 4.2.2)
        int runStart = -1;
        for (int i = 0; i < 8; i++) {
            int group = (bytes[2 * i] & 0xff) << 8 | bytes[2 * i + 1] & 0xff;
            groups[i] = Integer.toHexString(group);
            if (group != 0) {
                runStart = -1;
                continue;
            }
            runStart = runStart < 0 ? i : runStart;
            if (i - runStart + 1 > longest) {
                longest = i - runStart + 1;
                longestStart = runStart;
            }
        }
        if (longestStart < 0) {
            return String.join(":", groups);
        }
        return String.join(":", java.util.Arrays.copyOfRange(groups, 0, longestStart)) + "::"
                + String.join(":", java.util.Arrays.copyOfRange(groups, longestStart + longest, 8));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AddressRange range && range.prefix == prefix
                && java.util.Arrays.equals(range.network, network);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Arrays.hashCode(network) + prefix;
    }

    @Override
    public String toString() {
        return text();
    }
}
