package news.gazette.newsroom;

import java.security.Principal;
import java.util.Locale;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

import news.gazette.accounts.Account;
import news.gazette.accounts.Accounts;
import news.gazette.comments.ModerationQueue;
import news.gazette.platform.SiteSettings;

/** Builds the frame of a newsroom page for the person signed in. */
@Component
class NewsroomChromes {

    private final Accounts accounts;
    private final SiteSettings site;
    private final ModerationQueue comments;

    NewsroomChromes(Accounts accounts, SiteSettings site, ModerationQueue comments) {
        this.accounts = accounts;
        this.site = site;
        this.comments = comments;
    }

    Account account(Principal principal) {
        return accounts.find(principal.getName()).orElseThrow();
    }

    NewsroomChrome chrome(Principal principal, CsrfToken csrf, String section) {
        var account = account(principal);
        Long pendingComments = account.role().moderatesComments() ? comments.counts().pending() : null;
        return new NewsroomChrome(site.title(), account.displayName(), account.role().name().toLowerCase(Locale.ROOT),
                section, csrf.getParameterName(), csrf.getToken(), pendingComments,
                account.role().writesArticles(), account.role().managesTaxonomy(),
                account.role().editsAuthorProfiles(), account.role().uploadsMedia(), account.role().managesUsers(),
                account.role().changesSettings());
    }
}
