package news.gazette.publishing;

/** The three ways articles are filed, with the table and columns each is kept in. */
enum TermKind {
    CATEGORY("category", "name", "description", "a.category_id = t.id"),
    TAG("tag", "name", null, "EXISTS (SELECT 1 FROM article_tag at WHERE at.article_id = a.id AND at.tag_id = t.id)"),
    AUTHOR("author", "display_name", "bio", "a.author_id = t.id");

    final String table;
    final String nameColumn;
    final String descriptionColumn;
    final String articleOf;

    TermKind(String table, String nameColumn, String descriptionColumn, String articleOf) {
        this.table = table;
        this.nameColumn = nameColumn;
        this.descriptionColumn = descriptionColumn;
        this.articleOf = articleOf;
    }

    /** The word for it in messages and events: "category". */
    String word() {
        return table;
    }
}
