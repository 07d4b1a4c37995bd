package news.gazette.site;

import java.util.List;

/**
 * The model of {@code site/archive.jte}: the articles of one category, tag, author or period.
 * {@code kind} names the sort of archive ("Category"), {@code emptyMessage} is what an empty one says.
 */
public record ArchivePage(Head head, Masthead masthead, String kind, String heading, String description,
                          List<ArticleCard> articles, Pagination pagination, String emptyMessage) {
}
