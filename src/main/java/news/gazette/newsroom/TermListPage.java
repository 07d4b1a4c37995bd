package news.gazette.newsroom;

import java.util.List;

/**
 * The model of {@code newsroom/taxonomy/list.jte}: categories, tags or author profiles with their article counts.
 *
 * @param newUrl where to create one; null when the person may not
 * @param descriptionHeading the column of descriptions or bios; null for tags, which have none
 */
public record TermListPage(NewsroomChrome chrome, String title, String intro, String newUrl, String newLabel,
                           String descriptionHeading, List<Row> rows, String notice) {

    public record Row(String name, String slug, String description, String articles, String editUrl,
                      String publicUrl) {
    }
}
