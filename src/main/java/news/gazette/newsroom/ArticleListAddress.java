package news.gazette.newsroom;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import news.gazette.publishing.ArticleStatus;
import news.gazette.publishing.DeskFilter;

/**
 * Which articles the list shows, as its address says: {@code ?status=draft&author=3&category=2&q=ferry&page=2}.
 * Values that mean nothing (an unknown status, an id that is not a number) do not filter.
 */
record ArticleListAddress(String status, String author, String category, String q, Integer page) {

    static final String PATH = "/newsroom/articles/";

    DeskFilter filter() {
        return new DeskFilter(statusNamed(), id(author), id(category), search());
    }

    ArticleStatus statusNamed() {
        return Arrays.stream(ArticleStatus.values()).filter(s -> s.column().equals(status)).findFirst().orElse(null);
    }

    String search() {
        return q == null ? "" : q.strip();
    }

    int pageNumber() {
        return page == null || page < 1 ? 1 : page;
    }

    /** This list's address at another page. */
    String url(int toPage) {
        var query = new StringBuilder();
        append(query, "status", statusNamed() == null ? null : statusNamed().column());
        append(query, "author", id(author) == null ? null : author.strip());
        append(query, "category", id(category) == null ? null : category.strip());
        append(query, "q", search().isEmpty() ? null : search());
        append(query, "page", toPage > 1 ? Integer.toString(toPage) : null);
        return query.isEmpty() ? PATH : PATH + "?" + query.substring(1);
    }

    static Long id(String value) {
        return value != null && value.strip().matches("\\d{1,18}") ? Long.valueOf(value.strip()) : null;
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value != null) {
            query.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
