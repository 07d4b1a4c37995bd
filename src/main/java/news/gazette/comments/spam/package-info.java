/**
 * The comments module's spam filter: a naive Bayes classifier that learns from moderators' approve and spam
 * decisions, keeps what it learnt in its own two tables, and explains each verdict in words a moderator reads.
 * Only the module's root package uses it; {@link news.gazette.comments.spam.SpamFilter} is its front.
 */
package news.gazette.comments.spam;
