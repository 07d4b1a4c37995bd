package news.gazette.platform;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One section of the settings (the site's, the comment rules, the mail server): each field's default, from its
 * property, overridden by the value saved under the property's name, and one set of rules reading both. Start-up
 * fails, naming the property, when a property breaks a rule. A saved value that breaks one (written by hand, or under
 * older rules) is passed over with a warning, the property standing in for it.
 *
 * @param <T> the section's values, read from the fields' text
 */
public final class SettingsSection<T> {

    private static final Logger log = LoggerFactory.getLogger(SettingsSection.class);

    private final Map<String, String> names;
    private final Map<String, String> defaults;
    private final Function<SettingsCheck, T> rules;

    /**
     * @param names each field's saved name, which is the name of the property it overrides, in the form's order
     * @param defaults each field's text from the properties
     * @param rules reads every field through the check and builds the values; what it builds is ignored when the
     *              check did not pass
     */
    public SettingsSection(Map<String, String> names, Map<String, String> defaults, Function<SettingsCheck, T> rules) {
        this.names = Map.copyOf(names);
        this.defaults = Map.copyOf(defaults);
        this.rules = rules;
        var check = new SettingsCheck(this.defaults);
        rules.apply(check);
        if (!check.passed()) {
            throw new IllegalArgumentException(check.problems().entrySet().stream()
                    .map(problem -> names.get(problem.getKey()) + ": " + problem.getValue())
                    .collect(Collectors.joining("; ")));
        }
    }

    /** Saved names for fields in the order given: "gazette.site." and "articlesPerPage" make "gazette.site.articles-per-page". */
    public static Map<String, String> names(String prefix, String... fields) {
        var names = new LinkedHashMap<String, String>();
        for (String field : fields) {
            names.put(field, prefix + field.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT));
        }
        return names;
    }

    /** The values with what is saved laid over the properties. */
    public T read(Map<String, String> saved) {
        var text = textOver(saved);
        var check = new SettingsCheck(text);
        T values = rules.apply(check);
        if (check.passed()) {
            return values;
        }
        // the messages never carry a value, so nothing secret reaches the log
        log.warn("Saved settings that break the rules are ignored, their properties used instead: {}",
                check.problems().entrySet().stream().map(p -> names.get(p.getKey()) + " " + p.getValue())
                        .collect(Collectors.joining("; ")));
        check.problems().keySet().forEach(field -> text.put(field, defaults.get(field)));
        return rules.apply(new SettingsCheck(text));
    }

    /**
     * Checks fields as typed on a form, laid over what is saved. Returns what is wrong by field, or else the typed
     * fields' canonical text by saved name, to save.
     */
    Checked check(Map<String, String> typed, Map<String, String> saved) {
        var text = textOver(saved);
        typed.forEach((field, value) -> {
            if (!names.containsKey(field)) {
                throw new IllegalArgumentException("no setting " + field + " in this section");
            }
            text.put(field, value == null ? "" : value);
        });
        var check = new SettingsCheck(text);
        rules.apply(check);
        var toSave = new LinkedHashMap<String, String>();
        typed.keySet().forEach(field -> toSave.put(names.get(field), check.canonical().get(field)));
        return new Checked(check.problems(), check.passed() ? toSave : Map.of());
    }

    record Checked(Map<String, String> problems, Map<String, String> toSave) {
    }

    private Map<String, String> textOver(Map<String, String> saved) {
        var text = new LinkedHashMap<>(defaults);
        names.forEach((field, name) -> {
            if (saved.containsKey(name)) {
                text.put(field, saved.get(name));
            }
        });
        return text;
    }
}
