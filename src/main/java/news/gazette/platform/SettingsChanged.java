package news.gazette.platform;

import java.util.Set;

/**
 * Saved settings changed, on this instance or on another sharing the database. By the time it is published every
 * part that reads settings holds the new values. Carries the names only: some values are secret.
 */
public record SettingsChanged(Set<String> names) {
}
