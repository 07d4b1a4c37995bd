package news.gazette.platform;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The settings saved on the newsroom's Settings page, each under the name of the property it overrides, kept in
 * memory so that reading one costs no query. Every instance reads the table again every
 * {@code gazette.settings.refresh} (10 seconds), so a change saved on one reaches the others within that time.
 * When the saved values change, every section that follows them takes its new values first, then
 * {@link SettingsChanged} goes out.
 */
@Component
public class SavedSettings {

    private final SettingsStore store;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final List<Consumer<Map<String, String>>> followers = new CopyOnWriteArrayList<>();
    private volatile Map<String, String> values;

    SavedSettings(SettingsStore store, TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
        this.values = Map.copyOf(store.findAll());
    }

    /** Hands {@code section}'s values to {@code follower} now, and again after every change of what is saved. */
    public synchronized <T> void follow(SettingsSection<T> section, Consumer<T> follower) {
        Consumer<Map<String, String>> reader = saved -> follower.accept(section.read(saved));
        reader.accept(values);
        followers.add(reader);
    }

    /**
     * Checks the fields of {@code section} typed on a form (the fields not given keep their value) and saves them
     * if every one is right. Returns what is wrong, by field; empty when saved, the section's followers already
     * holding the new values.
     */
    public Map<String, String> save(SettingsSection<?> section, Map<String, String> typed, String by) {
        var checked = section.check(typed, values);
        if (!checked.problems().isEmpty()) {
            return checked.problems();
        }
        var now = clock.instant();
        transactions.executeWithoutResult(status ->
                checked.toSave().forEach((name, value) -> store.save(name, value, by, now)));
        refresh();
        return Map.of();
    }

    /** Reads what is saved again, here after a save and on a schedule for changes saved by other instances. */
    @Scheduled(initialDelayString = "${gazette.settings.refresh:PT10S}",
               fixedDelayString = "${gazette.settings.refresh:PT10S}")
    public void refresh() {
        Set<String> changed;
        synchronized (this) {
            var latest = Map.copyOf(store.findAll());
            changed = differences(values, latest);
            if (changed.isEmpty()) {
                return;
            }
            values = latest;
            followers.forEach(follower -> follower.accept(latest));
        }
        events.publishEvent(new SettingsChanged(changed));
    }

    private static Set<String> differences(Map<String, String> before, Map<String, String> after) {
        var names = new HashSet<>(before.keySet());
        names.addAll(after.keySet());
        names.removeIf(name -> Objects.equals(before.get(name), after.get(name)));
        return Set.copyOf(names);
    }
}
