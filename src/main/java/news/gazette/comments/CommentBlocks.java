package news.gazette.comments;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Email addresses, IP addresses and ranges of IP addresses moderators blocked. Every later comment from a blocked
 * email or address is stored as spam ("Blocked email", "Blocked address"), whatever the other rules say; comments
 * already there keep their status. Addresses are compared as addresses, so "2001:db8::7" blocks a comment the
 * server saw from "2001:db8:0:0:0:0:0:7". A range may hold at most 65,536 IPv4 addresses (/16) or an IPv6 /32, so
 * a slip of the keyboard cannot block a country.
 */
@Service
public class CommentBlocks {

    public static final int PAGE_SIZE = 50;
    static final int WIDEST_IPV4_RANGE = 16;
    static final int WIDEST_IPV6_RANGE = 32;
    private static final String EMAIL = "email";
    private static final String ADDRESS = "address";
    private static final int LONGEST = CommentFields.MAX_EMAIL;

    private final CommentStore store;
    private final Clock clock;

    CommentBlocks(CommentStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Blocks an email address, compared without regard to case; false when it was blocked already or is blank. */
    @Transactional
    public boolean blockEmail(String email, String moderator) {
        return block(EMAIL, email == null ? "" : email.strip().toLowerCase(Locale.ROOT), moderator);
    }

    /** Blocks an IP address, as the server saw it; false when it was blocked already or is blank. */
    @Transactional
    public boolean blockAddress(String ip, String moderator) {
        String typed = ip == null ? "" : ip.strip();
        return block(ADDRESS, AddressRange.canonical(typed).orElse(typed), moderator);
    }

    /**
     * Blocks what a moderator typed: an email address (the public form's rules), an IP address, or a range of them
     * in CIDR notation. Never throws for what was typed.
     */
    @Transactional
    public BlockOutcome block(String emailOrAddress, String moderator) {
        String typed = emailOrAddress == null ? "" : emailOrAddress.strip();
        if (typed.isEmpty()) {
            return new BlockOutcome.Invalid("Enter an email address, an IP address or a range of IP addresses.");
        }
        if (typed.contains("@")) {
            String email = typed.toLowerCase(Locale.ROOT);
            if (!CommentFields.isEmail(email)) {
                return new BlockOutcome.Invalid("Enter a valid email address, like name@example.com, of at most "
                        + CommentFields.MAX_EMAIL + " characters.");
            }
            return outcome(email, block(EMAIL, email, moderator));
        }
        var range = AddressRange.parse(typed);
        if (range.isEmpty()) {
            return new BlockOutcome.Invalid("Enter an IP address like 203.0.113.7 or 2001:db8::7, or a range like "
                    + "203.0.113.0/24.");
        }
        if (range.get().prefix() < (range.get().isIpv4() ? WIDEST_IPV4_RANGE : WIDEST_IPV6_RANGE)) {
            return new BlockOutcome.Invalid("That range is too wide: block at most a /" + WIDEST_IPV4_RANGE
                    + " of IPv4 addresses or a /" + WIDEST_IPV6_RANGE + " of IPv6 addresses.");
        }
        String value = range.get().text();
        return outcome(value, block(ADDRESS, value, moderator));
    }

    /** Lifts a block ({@code kind} "email" or "address", as listed); false when there was none. */
    @Transactional
    public boolean unblock(String kind, String value) {
        return (EMAIL.equals(kind) || ADDRESS.equals(kind)) && value != null && store.unblock(kind, value);
    }

    /** Page {@code page} of the blocks, newest first; a page before the first or past the last is empty. */
    public List<BlockedCommenter> list(int page) {
        return page < 1 ? List.of() : store.blocks(PAGE_SIZE, (page - 1) * PAGE_SIZE);
    }

    public long count() {
        return store.countBlocks();
    }

    /** Why a comment from this email and address is spam before any rule looks at it, if either is blocked. */
    Optional<String> reasonToReject(String email, String ip) {
        String canonical = AddressRange.canonical(ip).orElse(null);
        var blocks = store.blocksConcerning(email, ip, canonical);
        if (blocks.stream().anyMatch(BlockedCommenter::isEmail)) {
            return Optional.of("Blocked email");
        }
        if (blocks.stream().anyMatch(block -> !block.isRange())) {
            return Optional.of("Blocked address");
        }
        return blocks.stream().filter(BlockedCommenter::isRange)
                .filter(block -> AddressRange.parse(block.value()).map(range -> range.contains(ip)).orElse(false))
                .findFirst()
                .map(block -> "Blocked address range " + block.value());
    }

    private static BlockOutcome outcome(String value, boolean added) {
        return added ? new BlockOutcome.Blocked(value) : new BlockOutcome.AlreadyBlocked(value);
    }

    private boolean block(String kind, String value, String moderator) {
        if (value.isEmpty() || value.length() > LONGEST) {
            return false;
        }
        return store.block(kind, value, moderator, clock.instant());
    }
}
