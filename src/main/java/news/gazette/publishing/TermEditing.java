package news.gazette.publishing;

import java.time.Clock;
import java.util.LinkedHashMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What creating, changing and deleting a category, tag or author profile have in common: the checks of name and
 * slug, the old slug kept as a redirect, and the {@link TaxonomyChanged} announcement. Who may do it is the
 * callers' to decide.
 */
@Component
class TermEditing {

    static final int MAX_NAME = 200;
    static final int MAX_DESCRIPTION = 5000;

    private final TaxonomyStore store;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    TermEditing(TaxonomyStore store, Clock clock, ApplicationEventPublisher events) {
        this.store = store;
        this.clock = clock;
        this.events = events;
    }

    TermEntry find(TermKind kind, long id) {
        return store.find(kind, id).orElseThrow(() -> new TermNotFound(kind.word(), id));
    }

    /** Creates ({@code id} null) or changes a term; a blank slug is made from the name. */
    TermOutcome save(TermKind kind, Long id, TermDraft draft) {
        TermEntry current = id == null ? null : find(kind, id);
        String name = draft.name() == null ? "" : draft.name().strip();
        String typedSlug = draft.slug() == null ? "" : draft.slug().strip();
        String slug = typedSlug.isEmpty() ? Slug.of(name, kind.word()) : typedSlug;
        String description = draft.description() == null ? "" : draft.description().strip();
        var errors = new LinkedHashMap<String, String>();
        if (name.isEmpty()) {
            errors.put("name", "Enter a name");
        } else if (name.length() > MAX_NAME) {
            errors.put("name", "Keep the name to " + MAX_NAME + " characters or fewer");
        }
        if (!Slug.isWellFormed(slug)) {
            errors.put("slug", "Use only lower-case letters a to z, digits and single hyphens between them, "
                    + "like “local-news”");
        } else if (store.slugTaken(kind, slug, id)) {
            errors.put("slug", "Another " + kind.word() + " already has the slug “" + slug + "”: choose another");
        }
        if (description.length() > MAX_DESCRIPTION) {
            errors.put("description", "Keep this to " + MAX_DESCRIPTION + " characters or fewer");
        }
        if (!errors.isEmpty()) {
            return TermOutcome.rejected(errors);
        }
        long savedId;
        if (current == null) {
            savedId = store.insert(kind, slug, name, description, clock.instant());
        } else {
            savedId = current.id();
            store.update(kind, savedId, slug, name, description);
            if (!current.slug().equals(slug)) {
                store.redirect(kind, current.slug(), slug, savedId);
            }
        }
        events.publishEvent(new TaxonomyChanged(kind.word(), savedId));
        return TermOutcome.done(savedId);
    }

    void delete(TermKind kind, long id) {
        store.delete(kind, id);
        events.publishEvent(new TaxonomyChanged(kind.word(), id));
    }

    static String refusal() {
        return "Only an editor or an administrator can change categories, tags and author profiles.";
    }
}
