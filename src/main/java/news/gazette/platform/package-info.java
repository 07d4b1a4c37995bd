/**
 * The ground every feature stands on: the data directory and database, the site's settings (title, base URL,
 * timezone, date formats) and the settings saved on the Settings page over the properties
 * ({@link news.gazette.platform.SavedSettings}), the clock, the web server's tuning, the JTE view adapter and outgoing mail
 * ({@link news.gazette.platform.mail.Mailer}).
 * It owns no business data and depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package news.gazette.platform;
