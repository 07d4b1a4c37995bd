package news.gazette.accounts;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A multipart post over the upload limits loses all its fields, the CSRF token among them, so the CSRF filter
 * refuses it. Answered 413 (the error page says the file is too large) rather than a puzzling 403.
 */
final class UploadTooLargeHandler implements AccessDeniedHandler {

    private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        if (denied instanceof CsrfException && partsTooLarge(request)) {
            response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
            return;
        }
        otherwise.handle(request, response, denied);
    }

    private static boolean partsTooLarge(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            return false;
        }
        try {
            request.getParts();
            return false;
        } catch (IllegalStateException e) {
            return true; // Tomcat's answer when a part or the request is over its limit
        } catch (IOException | ServletException e) {
            return false;
        }
    }
}
