package news.gazette.newsroom;

/** The model of {@code newsroom/home.jte}. */
public record NewsroomHomePage(NewsroomChrome chrome, String email) {
}
