package news.gazette.newsroom;

import java.util.List;

import news.gazette.newsroom.EditorPage.Choice;

/**
 * The model of {@code newsroom/articles/list.jte}: the filters as chosen, what they may be set to, and one page of
 * articles. {@code authors} is empty for someone who sees only their own articles; {@code publishes} offers
 * publishing and unpublishing among the changes to selected articles; {@code notice} says what the last one did.
 */
public record ArticleDeskPage(NewsroomChrome chrome, String status, String authorId, String categoryId, String search,
                              List<Choice> statuses, List<Choice> authors, List<Choice> categories, List<Row> rows,
                              String summary, int page, int totalPages, String previousUrl, String nextUrl,
                              boolean publishes, String notice) {

    /** @param when when it was or will be published, else when it was last changed */
    public record Row(long id, String title, String editUrl, String status, String author, String category,
                      String when) {
    }
}
