package news.gazette.comments.spam;

/** In how many learnt spam and approved comments a token appeared. */
record TokenCounts(String token, long spam, long ham) {
}
