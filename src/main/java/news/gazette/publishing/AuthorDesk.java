package news.gazette.publishing;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The newsroom's author profiles: the public byline's name, slug and bio. Editors and administrators list, create
 * and change every profile; any other writer sees and changes only their own, and another's is not found
 * ({@link TermNotFound}), whatever id was asked for. A renamed slug keeps its old archive address as a redirect.
 */
@Service
public class AuthorDesk {

    private final TaxonomyStore store;
    private final TermEditing editing;

    AuthorDesk(TaxonomyStore store, TermEditing editing) {
        this.store = store;
        this.editing = editing;
    }

    /** Every profile for an editor; a writer's own, or none, for anyone else. */
    public List<TermEntry> list(Writer writer) {
        if (writer.editsAnyone()) {
            return store.list(TermKind.AUTHOR);
        }
        return writer.authorId() == null ? List.of() : store.find(TermKind.AUTHOR, writer.authorId()).stream().toList();
    }

    public TermEntry find(Writer writer, long id) {
        if (!writer.editsAnyone() && (writer.authorId() == null || writer.authorId() != id)) {
            throw new TermNotFound("author", id);
        }
        return editing.find(TermKind.AUTHOR, id);
    }

    /** Creates a profile ({@code id} null, editors only) or changes one the writer may open. */
    @Transactional
    public TermOutcome save(Writer writer, Long id, TermDraft draft) {
        if (id == null && !writer.editsAnyone()) {
            return TermOutcome.refused("Only an editor or an administrator can create author profiles.");
        }
        if (id != null) {
            find(writer, id);
        }
        return editing.save(TermKind.AUTHOR, id, draft);
    }
}
