package news.gazette.site;

/** Where a list page stands among its pages; a neighbour's URL is null where there is none. */
public record Pagination(int page, int totalPages, String previousUrl, String nextUrl) {

    public boolean isNeeded() {
        return totalPages > 1;
    }
}
