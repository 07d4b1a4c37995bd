package news.gazette.publishing;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The newsroom's categories: list with article counts, create, change (a renamed slug keeps its old archive address
 * as a redirect) and delete. Only a writer who edits anyone's articles (editors, administrators) may change them;
 * anyone else is refused. A category some article is filed under, even in the trash, is not deleted.
 */
@Service
public class CategoryDesk {

    private final TaxonomyStore store;
    private final TermEditing editing;

    CategoryDesk(TaxonomyStore store, TermEditing editing) {
        this.store = store;
        this.editing = editing;
    }

    public List<TermEntry> list() {
        return store.list(TermKind.CATEGORY);
    }

    /** The category with this id; {@link TermNotFound} if there is none. */
    public TermEntry find(long id) {
        return editing.find(TermKind.CATEGORY, id);
    }

    /** Creates a category ({@code id} null) or changes one. */
    @Transactional
    public TermOutcome save(Writer writer, Long id, TermDraft draft) {
        if (!writer.editsAnyone()) {
            return TermOutcome.refused(TermEditing.refusal());
        }
        return editing.save(TermKind.CATEGORY, id, draft);
    }

    @Transactional
    public TermOutcome delete(Writer writer, long id) {
        if (!writer.editsAnyone()) {
            return TermOutcome.refused(TermEditing.refusal());
        }
        var category = find(id);
        if (category.articles() > 0) {
            return TermOutcome.refused("“" + category.name() + "” still has " + articles(category.articles())
                    + ", in the trash too. Move them to another category first, then delete it.");
        }
        editing.delete(TermKind.CATEGORY, id);
        return TermOutcome.done(id);
    }

    private static String articles(long count) {
        return count == 1 ? "1 article" : count + " articles";
    }
}
