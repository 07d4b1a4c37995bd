package news.gazette.publishing;

/**
 * What became of a change applied to many articles: how many changed, and how many did not because the writer may
 * not change them that way, they were not in a state to be, or the writer may not open them at all.
 */
public record BulkOutcome(int changed, int unchanged) {
}
