package news.gazette.newsroom;

import java.security.Principal;
import java.util.Map;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import news.gazette.comments.CommentSettings;
import news.gazette.platform.SiteSettings;
import news.gazette.platform.mail.MailServer;
import news.gazette.platform.mail.Mailer;
import news.gazette.platform.mail.OutgoingMail;

/**
 * The site's settings, for administrators (the security rules say who): the site, the comment rules and the mail
 * server, one form each. A save redirects back saying so; mistakes answer 422 with the form as typed. The test email
 * goes out at once, past the outbox, and the page says how that went.
 */
@Controller
class SettingsController {

    private static final String PAGE = "/newsroom/settings/";

    private final SettingsPages pages;
    private final SiteSettings site;
    private final CommentSettings comments;
    private final MailServer mail;
    private final Mailer mailer;

    SettingsController(SettingsPages pages, SiteSettings site, CommentSettings comments, MailServer mail,
                       Mailer mailer) {
        this.pages = pages;
        this.site = site;
        this.comments = comments;
        this.mail = mail;
        this.mailer = mailer;
    }

    @GetMapping(PAGE)
    ModelAndView showSettings(@RequestParam(required = false) String saved, Principal principal, CsrfToken csrf) {
        return pages.saved(principal, csrf, saved != null ? "Settings saved." : null, null);
    }

    @PostMapping(PAGE + "site")
    ModelAndView saveSite(@ModelAttribute SiteSettingsForm form, Principal principal, CsrfToken csrf) {
        return savedOr(site.change(form.fields(), principal.getName()),
                problems -> pages.mistaken(principal, csrf, form, null, null, problems));
    }

    @PostMapping(PAGE + "comments")
    ModelAndView saveComments(@ModelAttribute CommentSettingsForm form, Principal principal, CsrfToken csrf) {
        return savedOr(comments.change(form.fields(), principal.getName()),
                problems -> pages.mistaken(principal, csrf, null, form, null, problems));
    }

    @PostMapping(PAGE + "email")
    ModelAndView saveEmail(@ModelAttribute EmailSettingsForm form, Principal principal, CsrfToken csrf) {
        return savedOr(mail.change(form.fields(), form.removesPassword(), principal.getName()),
                problems -> pages.mistaken(principal, csrf, null, null, form, problems));
    }

    @PostMapping(PAGE + "email/test")
    ModelAndView sendTestEmail(Principal principal, CsrfToken csrf) {
        String to = principal.getName();
        var failure = mailer.sendNow(new OutgoingMail(to, "Test email from " + site.title(), """
                This is a test email from %s (%s), sent from its Settings page.

                If you are reading it, the site can send mail.
                """.formatted(site.title(), site.absolute("/"))));
        return failure.map(problem -> pages.saved(principal, csrf, null, "The test email was not sent. " + problem))
                .orElseGet(() -> pages.saved(principal, csrf, "Test email sent to " + to + ".", null));
    }

    private static ModelAndView savedOr(Map<String, String> problems,
                                        java.util.function.Function<Map<String, String>, ModelAndView> mistaken) {
        return problems.isEmpty() ? NewsroomAdvice.seeOther(PAGE + "?saved") : mistaken.apply(problems);
    }
}
