package news.gazette.newsroom;

import java.util.List;

import news.gazette.accounts.FieldErrors;
import news.gazette.newsroom.EditorPage.Choice;

/**
 * The model of {@code newsroom/settings.jte}: the site's, the comments' and the mail server's settings, each section
 * as saved or, for the one just sent with mistakes, as typed.
 *
 * @param passwordSet whether an SMTP password is set; the password itself never reaches a page
 * @param today today's date and the time now in the saved formats, as a live example
 * @param testRecipient where "Send test email" sends: the signed-in administrator's address
 * @param problem what went wrong that no field explains (the test mail), or null
 * @param notice what just happened ("Settings saved."), or null
 */
public record SettingsPage(NewsroomChrome chrome, SiteSettingsForm site, CommentSettingsForm comments,
                           EmailSettingsForm email, boolean passwordSet, String today, List<String> timeZones,
                           List<Choice> securityChoices, String testRecipient, FieldErrors errors, String problem,
                           String notice) {
}
