package news.gazette.comments;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Email addresses and IP addresses moderators blocked. Every later comment from a blocked email or address is
 * stored as spam ("Blocked email", "Blocked address"), whatever the other rules say; comments already there keep
 * their status. A blank or overlong value is ignored.
 */
@Service
public class CommentBlocks {

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
        return block(ADDRESS, ip == null ? "" : ip.strip(), moderator);
    }

    /** Why a comment from this email and address is spam before any rule looks at it, if either is blocked. */
    Optional<String> reasonToReject(String email, String ip) {
        var kinds = store.blockedKinds(email, ip);
        return kinds.contains(EMAIL) ? Optional.of("Blocked email")
                : kinds.contains(ADDRESS) ? Optional.of("Blocked address") : Optional.empty();
    }

    private boolean block(String kind, String value, String moderator) {
        if (value.isEmpty() || value.length() > LONGEST) {
            return false;
        }
        return store.block(kind, value, moderator, clock.instant());
    }
}
