package news.gazette.site;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

import news.gazette.comments.Comments;
import news.gazette.platform.JteViews;

/**
 * The link in reply emails. Opening it asks for a click (mail scanners open links; they must not unsubscribe
 * anyone); posting to it, as that page's button and mail programs' one-click unsubscribe (RFC 8058) do, stops them.
 */
@Controller
class UnsubscribeController {

    private final Comments comments;
    private final SiteChrome chrome;

    UnsubscribeController(Comments comments, SiteChrome chrome) {
        this.comments = comments;
        this.chrome = chrome;
    }

    @GetMapping("/comments/unsubscribe/{token:[A-Za-z0-9_-]{1,64}}/")
    ModelAndView askToUnsubscribe(@PathVariable String token) {
        return page(token, false, true, HttpStatus.OK);
    }

    @PostMapping("/comments/unsubscribe/{token:[A-Za-z0-9_-]{1,64}}/")
    ModelAndView unsubscribe(@PathVariable String token) {
        boolean known = comments.unsubscribe(token);
        return page(token, true, known, HttpStatus.OK);
    }

    private ModelAndView page(String token, boolean done, boolean known, HttpStatus status) {
        var head = new Head("Reply emails – " + chrome.siteTitle(), "Stop emails about replies to your comment.",
                null, "noindex", null, null);
        var view = new ModelAndView("site/unsubscribe", JteViews.PAGE,
                new UnsubscribePage(head, chrome.masthead(), token, done, known));
        view.setStatus(status);
        return view;
    }
}
