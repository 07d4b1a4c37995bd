package news.gazette.newsroom;

import java.security.Principal;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

import news.gazette.accounts.FieldErrors;
import news.gazette.comments.CommentSettings;
import news.gazette.newsroom.EditorPage.Choice;
import news.gazette.platform.JteViews;
import news.gazette.platform.SiteSettings;
import news.gazette.platform.mail.MailServer;
import news.gazette.platform.mail.SmtpSecurity;

/** Builds the Settings page from the settings in force, with the section just sent as typed when it had mistakes. */
@Component
class SettingsPages {

    // the names errors give each field: "Time zone: not a known time zone (use a name like Europe/Madrid)"
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("title", "Site title"), Map.entry("tagline", "Tagline"),
            Map.entry("baseUrl", "Site address (URL)"), Map.entry("timezone", "Time zone"),
            Map.entry("dateFormat", "Date format"), Map.entry("timeFormat", "Time format"),
            Map.entry("articlesPerPage", "Articles per page"),
            Map.entry("holdLinks", "Links that hold a comment"), Map.entry("moderationWords", "Comment Moderation"),
            Map.entry("disallowedWords", "Disallowed Comment Keys"), Map.entry("flood", "Seconds between comments"),
            Map.entry("perIpPerHour", "Comments an hour from one IP address"),
            Map.entry("minimumFillTime", "Seconds before a comment may be sent"),
            Map.entry("threadDepth", "Levels of threaded comments"), Map.entry("perPage", "Comments per page"),
            Map.entry("closeAfter", "Days before comments close"),
            Map.entry("forgetAddressesAfter", "Days before IP addresses are forgotten"),
            Map.entry("host", "SMTP host"), Map.entry("port", "Port"), Map.entry("security", "Security"),
            Map.entry("username", "Username"), Map.entry("password", "Password"), Map.entry("from", "From"));

    private static final List<String> TIME_ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(zone -> zone.equals("UTC") || zone.contains("/") && !zone.startsWith("Etc/")
                    && !zone.startsWith("SystemV/"))
            .sorted().toList();

    private static final List<Choice> SECURITY = Arrays.stream(SmtpSecurity.values())
            .map(security -> new Choice(security.value(), security.label())).toList();

    private final NewsroomChromes chromes;
    private final SiteSettings site;
    private final CommentSettings comments;
    private final MailServer mail;
    private final Clock clock;

    SettingsPages(NewsroomChromes chromes, SiteSettings site, CommentSettings comments, MailServer mail, Clock clock) {
        this.chromes = chromes;
        this.site = site;
        this.comments = comments;
        this.mail = mail;
        this.clock = clock;
    }

    /** The page as saved, saying what just happened if anything did. */
    ModelAndView saved(Principal principal, CsrfToken csrf, String notice, String problem) {
        return view(page(principal, csrf, null, null, null, FieldErrors.none(), problem, notice), HttpStatus.OK);
    }

    /** The page with one section as typed, its mistakes by field; the other arguments null. */
    ModelAndView mistaken(Principal principal, CsrfToken csrf, SiteSettingsForm siteForm,
                          CommentSettingsForm commentsForm, EmailSettingsForm emailForm, Map<String, String> problems) {
        return view(page(principal, csrf, siteForm, commentsForm, emailForm, errors(problems), null, null),
                HttpStatus.UNPROCESSABLE_CONTENT);
    }

    private SettingsPage page(Principal principal, CsrfToken csrf, SiteSettingsForm siteForm,
                              CommentSettingsForm commentsForm, EmailSettingsForm emailForm, FieldErrors errors,
                              String problem, String notice) {
        var now = clock.instant();
        return new SettingsPage(chromes.chrome(principal, csrf, "settings"),
                siteForm != null ? siteForm : SiteSettingsForm.of(site),
                commentsForm != null ? commentsForm : CommentSettingsForm.of(comments),
                emailForm != null ? emailForm.withoutPassword() : EmailSettingsForm.of(mail), mail.hasPassword(),
                site.formatDate(now) + " " + site.formatTime(now), TIME_ZONES, SECURITY, principal.getName(),
                errors, problem, notice);
    }

    private static FieldErrors errors(Map<String, String> problems) {
        var errors = new LinkedHashMap<String, String>();
        problems.forEach((field, problem) -> errors.put(field, LABELS.getOrDefault(field, field) + ": " + problem));
        return new FieldErrors(errors);
    }

    private static ModelAndView view(SettingsPage page, HttpStatus status) {
        var view = new ModelAndView("newsroom/settings", JteViews.PAGE, page);
        view.setStatus(status);
        return view;
    }
}
