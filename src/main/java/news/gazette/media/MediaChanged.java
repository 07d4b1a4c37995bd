package news.gazette.media;

/** An image's alt text or caption changed: pages showing it may read differently. */
public record MediaChanged(long mediaId) {
}
