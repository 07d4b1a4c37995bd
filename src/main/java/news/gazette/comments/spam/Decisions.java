package news.gazette.comments.spam;

/** How many comments moderators taught the filter as spam and as approved. */
record Decisions(long spam, long ham) {
}
