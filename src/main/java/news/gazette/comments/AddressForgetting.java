package news.gazette.comments;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Clears commenters' IP addresses and user agents once they are older than the site keeps them (if it says so). */
@Component
class AddressForgetting {

    private static final Logger log = LoggerFactory.getLogger(AddressForgetting.class);

    private final CommentStore store;
    private final CommentSettings settings;
    private final Clock clock;

    AddressForgetting(CommentStore store, CommentSettings settings, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
    @Transactional
    void forgetOldAddresses() {
        if (settings.forgetAddressesAfter().isZero()) {
            return;
        }
        int cleared = store.forgetAddresses(clock.instant().minus(settings.forgetAddressesAfter()));
        if (cleared > 0) {
            log.info("Cleared the IP address and user agent of {} comments older than {}", cleared,
                    settings.forgetAddressesAfter());
        }
    }
}
