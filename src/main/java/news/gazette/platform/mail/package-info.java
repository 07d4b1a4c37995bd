/**
 * Outgoing mail. {@link news.gazette.platform.mail.Mailer} records each mail in an outbox table within the
 * caller's transaction and sends it after the commit on another thread; a sweep retries failures with growing
 * pauses. Instances sharing one database claim a mail before sending it, so each mail goes out once.
 */
package news.gazette.platform.mail;
