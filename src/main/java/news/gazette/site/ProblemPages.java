package news.gazette.site;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import news.gazette.platform.JteViews;
import news.gazette.platform.SiteSettings;

/**
 * The pages a reader sees when something cannot be shown: "not found" with a way back, a short note for a request
 * that made no sense, and a plain apology for anything else. Always HTML, never a stack trace. Built without the
 * database if the database is what failed.
 */
@Controller
class ProblemPages implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemPages.class);

    private final SiteChrome chrome;
    private final SiteSettings site;

    ProblemPages(SiteChrome chrome, SiteSettings site) {
        this.chrome = chrome;
        this.site = site;
    }

    @RequestMapping("/error")
    ModelAndView showProblem(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value) : HttpStatus.NOT_FOUND;
        ProblemPage page = switch (status) {
            case NOT_FOUND -> problem(status, "Page not found",
                    "There is nothing at this address. It may have moved, or the link may be mistyped.");
            case BAD_REQUEST, METHOD_NOT_ALLOWED -> problem(status, "That request could not be understood",
                    "Please check the address and try again.");
            case FORBIDDEN -> problem(status, "Not allowed", "You do not have permission to do that.");
            case CONTENT_TOO_LARGE -> isUpload(request)
                    ? problem(status, "The file is too large",
                            "The upload is over the size limit. Please go back and choose a smaller file.")
                    : problem(status, "That is too long to accept",
                            "What you sent is over the size limit. Please go back, shorten it and send it again.");
            default -> problem(status, "Something went wrong",
                    "Sorry, this page could not be shown just now. Please try again in a moment.");
        };
        return new ModelAndView("site/problem", java.util.Map.of(JteViews.PAGE, page), status);
    }

    private static boolean isUpload(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }

    private ProblemPage problem(HttpStatus status, String heading, String message) {
        var head = new Head(heading + " – " + site.title(), message, null, "noindex", null, null);
        return new ProblemPage(head, masthead(), status.value(), heading, message);
    }

    private Masthead masthead() {
        try {
            return chrome.masthead();
        } catch (DataAccessException e) {
            log.warn("Showing an error page without sections, as they could not be read: {}", e.getMessage());
            return new Masthead(site.title(), site.tagline(), site.language(), List.of());
        }
    }
}
