package news.gazette.site;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

import news.gazette.platform.JteViews;
import news.gazette.publishing.Publishing;

@Controller
class FrontPageController {

    private final Publishing publishing;
    private final SiteChrome chrome;

    FrontPageController(Publishing publishing, SiteChrome chrome) {
        this.publishing = publishing;
        this.chrome = chrome;
    }

    @GetMapping("/")
    ModelAndView showLatest() {
        return showPage(1);
    }

    @GetMapping("/page/{page:\\d{1,9}}/")
    ModelAndView showOlder(@PathVariable int page) {
        if (page == 1) {
            return Redirects.permanent("/");
        }
        if (page < 1) {
            throw new PageNotFound();
        }
        return showPage(page);
    }

    private ModelAndView showPage(int page) {
        var listing = publishing.latest(page, chrome.pageSize());
        if (page > listing.totalPages()) {
            throw new PageNotFound();
        }
        Head head = chrome.listHead("Latest news", chrome.tagline(), "/", listing);
        if (page == 1) {
            head = chrome.frontHead(head);
        }
        var front = new FrontPage(head, chrome.masthead(), chrome.cards(listing), chrome.pagination("/", listing));
        return new ModelAndView("site/front", JteViews.PAGE, front);
    }
}
