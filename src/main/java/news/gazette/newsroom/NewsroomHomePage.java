package news.gazette.newsroom;

/** The model of {@code newsroom/home.jte}. */
public record NewsroomHomePage(String siteTitle, String name, String email, String role, String csrfParameter,
                               String csrfToken) {
}
