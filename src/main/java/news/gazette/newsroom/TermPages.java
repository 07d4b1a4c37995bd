package news.gazette.newsroom;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

import news.gazette.platform.JteViews;

/** What the category, tag and author pages share: their templates and how counts read. */
final class TermPages {

    private TermPages() {
    }

    static String articles(long count) {
        return count == 1 ? "1 article" : count + " articles";
    }

    static ModelAndView view(TermListPage page) {
        return new ModelAndView("newsroom/taxonomy/list", JteViews.PAGE, page);
    }

    static ModelAndView view(TermFormPage page, HttpStatus status) {
        var view = new ModelAndView("newsroom/taxonomy/form", JteViews.PAGE, page);
        view.setStatus(status);
        return view;
    }
}
