package news.gazette.site;

/**
 * What a page says about itself in {@code <head>}: title, description, canonical address and, for paginated
 * lists, the neighbouring pages. {@code robots} is null unless the page asks not to be indexed.
 */
public record Head(String title, String description, String canonical, String robots, String previous,
                   String next) {

    static Head of(String title, String description, String canonical) {
        return new Head(title, description, canonical, null, null, null);
    }

    Head withPagination(String previous, String next) {
        return new Head(title, description, canonical, robots, previous, next);
    }

    Head noIndex() {
        return new Head(title, description, canonical, "noindex, follow", previous, next);
    }
}
