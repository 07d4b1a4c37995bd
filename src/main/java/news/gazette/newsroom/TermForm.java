package news.gazette.newsroom;

import news.gazette.publishing.TermDraft;
import news.gazette.publishing.TermEntry;

/** What the category, tag and author forms post; {@code description} is a category's description or an author's bio. */
public record TermForm(String name, String slug, String description) {

    static final TermForm EMPTY = new TermForm("", "", "");

    static TermForm of(TermEntry entry) {
        return new TermForm(entry.name(), entry.slug(), entry.description());
    }

    TermDraft draft() {
        return new TermDraft(name, slug, description);
    }

    public String name() {
        return name == null ? "" : name;
    }

    public String slug() {
        return slug == null ? "" : slug;
    }

    public String description() {
        return description == null ? "" : description;
    }
}
