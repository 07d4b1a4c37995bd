package news.gazette.site;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Every public page's address ends with a slash; the same address without it answers with a permanent redirect,
 * keeping the query. Only the site's own URL shapes are matched, so other paths still end in "not found".
 */
@Controller
class CanonicalRedirects {

    @GetMapping({
            "/page/{page:\\d{1,9}}",
            "/{year:\\d{4}}", "/{year:\\d{4}}/{month:\\d{2}}", "/{year:\\d{4}}/{month:\\d{2}}/{day:\\d{2}}",
            "/{year:\\d{4}}/{month:\\d{1,2}}/{day:\\d{1,2}}/{slug}",
            "/{year:\\d{4}}/page/{page:\\d{1,9}}", "/{year:\\d{4}}/{month:\\d{2}}/page/{page:\\d{1,9}}",
            "/{year:\\d{4}}/{month:\\d{2}}/{day:\\d{2}}/page/{page:\\d{1,9}}",
            "/category/{slug}", "/tag/{slug}", "/author/{slug}",
            "/category/{slug}/page/{page:\\d{1,9}}", "/tag/{slug}/page/{page:\\d{1,9}}",
            "/author/{slug}/page/{page:\\d{1,9}}"})
    ModelAndView addTrailingSlash(HttpServletRequest request) {
        String query = request.getQueryString();
        return Redirects.permanent(request.getRequestURI() + "/" + (query == null ? "" : "?" + query));
    }
}
