package news.gazette.newsroom;

import java.util.List;

import news.gazette.publishing.DiffLine;

/**
 * The model of {@code newsroom/articles/revisions.jte}: an article's saves, newest first, and when two were chosen the
 * lines that changed between them ({@code diff} empty otherwise).
 *
 * @param problem why restoring was refused, or null
 */
public record RevisionsPage(NewsroomChrome chrome, long articleId, String articleTitle, List<Row> rows, Long fromId,
                            Long toId, List<DiffLine> diff, String problem) {

    public record Row(long id, String savedAt, String savedBy, String title, boolean from, boolean to) {
    }
}
