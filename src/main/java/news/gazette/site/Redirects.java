package news.gazette.site;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/** Permanent redirects to a page's canonical address, so old and sloppy links keep working. */
final class Redirects {

    private Redirects() {
    }

    static ModelAndView permanent(String path) {
        var view = new RedirectView(path, true);
        view.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        view.setExposeModelAttributes(false);
        return new ModelAndView(view);
    }
}
