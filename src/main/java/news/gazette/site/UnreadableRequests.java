package news.gazette.site;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Posts the server cannot read as form fields (over the size limit, bytes that are not UTF-8, too many fields)
 * are the sender's mistake: answered with the status Tomcat chose (413 or 400) and the site's problem page, and
 * logged in one line, so a stranger sending such posts in a loop cannot fill the log with stack traces.
 */
@ControllerAdvice
class UnreadableRequests {

    private static final Logger log = LoggerFactory.getLogger(UnreadableRequests.class);

    @ExceptionHandler(InvalidParameterException.class)
    void refuse(InvalidParameterException unreadable, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        int status = unreadable.getErrorCode() == HttpStatus.CONTENT_TOO_LARGE.value()
                ? HttpStatus.CONTENT_TOO_LARGE.value() : HttpStatus.BAD_REQUEST.value();
        // not the message: it quotes what was sent
        log.info("Refused a {} to {} whose fields could not be read ({})", request.getMethod(), request.getRequestURI(), status);
        response.sendError(status);
    }
}
