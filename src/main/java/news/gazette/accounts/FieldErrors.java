package news.gazette.accounts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What is wrong with a form, by field name, in the order the form asks; empty when nothing is. */
public record FieldErrors(Map<String, String> byField) {

    public FieldErrors {
        byField = Collections.unmodifiableMap(new LinkedHashMap<>(byField));
    }

    public static FieldErrors none() {
        return new FieldErrors(Map.of());
    }

    public static FieldErrors of(String field, String message) {
        return new FieldErrors(Map.of(field, message));
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** The message for {@code field}, or null. */
    public String get(String field) {
        return byField.get(field);
    }
}
