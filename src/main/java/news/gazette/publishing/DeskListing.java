package news.gazette.publishing;

import java.util.List;

/** One page of the newsroom's article list, most recently changed first. */
public record DeskListing(List<DeskArticle> articles, int page, int totalPages, long total) {
}
