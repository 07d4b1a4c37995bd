package news.gazette.newsroom;

import java.util.List;

/**
 * The model of {@code newsroom/users/list.jte}: the users, all or those of one role, with a link per role.
 *
 * @param notice what was just done, or null
 */
public record UserListPage(NewsroomChrome chrome, List<Filter> filters, List<Row> rows, String summary,
                           String notice) {

    /** A link to the users of one role (or all), with how many there are; {@code current} when it is the one shown. */
    public record Filter(String label, String url, boolean current) {
    }

    /**
     * One user.
     *
     * @param author the author profile's name, or null when the user has none
     * @param authorUrl where that profile is edited, or null
     */
    public record Row(String name, String editUrl, String email, String role, String twoFactor, String lastSignIn,
                      String status, String author, String authorUrl) {
    }
}
