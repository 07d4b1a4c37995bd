package news.gazette.newsroom;

import java.security.Principal;
import java.util.Locale;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

import news.gazette.accounts.Accounts;
import news.gazette.platform.JteViews;
import news.gazette.platform.SiteSettings;

@Controller
class NewsroomController {

    private final Accounts accounts;
    private final SiteSettings site;

    NewsroomController(Accounts accounts, SiteSettings site) {
        this.accounts = accounts;
        this.site = site;
    }

    @GetMapping("/newsroom/")
    ModelAndView showHome(Principal principal, CsrfToken csrf) {
        var account = accounts.find(principal.getName()).orElseThrow();
        var page = new NewsroomHomePage(site.title(), account.displayName(), account.email(),
                account.role().name().toLowerCase(Locale.ROOT), csrf.getParameterName(), csrf.getToken());
        return new ModelAndView("newsroom/home", JteViews.PAGE, page);
    }
}
