package news.gazette.publishing;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The newsroom's tags: list with article counts, rename (slug too; the old archive address redirects), merge one
 * into another (its articles take the other tag, its old address leads there) and delete (it leaves every article
 * it was on). Only editors and administrators; anyone else is refused.
 */
@Service
public class TagDesk {

    private final TaxonomyStore store;
    private final TermEditing editing;

    TagDesk(TaxonomyStore store, TermEditing editing) {
        this.store = store;
        this.editing = editing;
    }

    public List<TermEntry> list() {
        return store.list(TermKind.TAG);
    }

    /** The tag with this id; {@link TermNotFound} if there is none. */
    public TermEntry find(long id) {
        return editing.find(TermKind.TAG, id);
    }

    @Transactional
    public TermOutcome rename(Writer writer, long id, TermDraft draft) {
        if (!writer.editsAnyone()) {
            return TermOutcome.refused(TermEditing.refusal());
        }
        return editing.save(TermKind.TAG, id, new TermDraft(draft.name(), draft.slug(), ""));
    }

    /** Merges tag {@code id} into tag {@code intoId}; done with the id of the tag that is left. */
    @Transactional
    public TermOutcome merge(Writer writer, long id, Long intoId) {
        if (!writer.editsAnyone()) {
            return TermOutcome.refused(TermEditing.refusal());
        }
        var tag = find(id);
        if (intoId == null || intoId == id || store.find(TermKind.TAG, intoId).isEmpty()) {
            return TermOutcome.rejected(Map.of("into", "Choose another tag to merge “" + tag.name() + "” into"));
        }
        store.retag(id, intoId);
        editing.delete(TermKind.TAG, id);
        store.redirect(TermKind.TAG, tag.slug(), "", intoId);
        return TermOutcome.done(intoId);
    }

    @Transactional
    public TermOutcome delete(Writer writer, long id) {
        if (!writer.editsAnyone()) {
            return TermOutcome.refused(TermEditing.refusal());
        }
        find(id);
        editing.delete(TermKind.TAG, id);
        return TermOutcome.done(id);
    }
}
