package news.gazette.publishing;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Readers see a scheduled article at its time whether or not this has run (the public queries check the time);
 * this records the change of status and announces it, so listeners such as the search index hear of it.
 * Safe on several instances: each article is marked by exactly one UPDATE.
 */
@Component
class ScheduledPublisher {

    private final Publishing publishing;

    ScheduledPublisher(Publishing publishing) {
        this.publishing = publishing;
    }

    @Scheduled(initialDelayString = "${gazette.publishing.schedule-check:PT15S}",
               fixedDelayString = "${gazette.publishing.schedule-check:PT15S}")
    void publishDueArticles() {
        publishing.publishDueArticles();
    }
}
