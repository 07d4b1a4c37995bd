package news.gazette.accounts;

import java.security.Principal;
import java.util.LinkedHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import news.gazette.accounts.SignInOutcome.CodeNeeded;
import news.gazette.accounts.SignInOutcome.Refused;
import news.gazette.accounts.SignInOutcome.SignedIn;
import news.gazette.accounts.SignInOutcome.TicketExpired;
import news.gazette.accounts.SignInOutcome.Throttled;
import news.gazette.platform.JteViews;
import news.gazette.platform.SiteSettings;

/**
 * The sign-in page and its two steps. The form posts {@code username} and {@code password}, the names password
 * managers look for; an unknown email and a wrong password get the same answer. The second step takes the app's
 * code or a recovery code; the page asks for one or the other, so a phone shows the right keyboard.
 */
@Controller
class SignInController {

    static final String REFUSED = "The email address or password is incorrect";
    static final String WRONG_CODE = "The code is incorrect. Enter the code your app shows now";
    static final String WRONG_RECOVERY_CODE = "That recovery code is incorrect or was used already";
    static final String NO_CODE = "Enter the 6-digit code from your authenticator app";
    static final String NO_RECOVERY_CODE = "Enter one of your recovery codes";
    static final String TOO_SLOW = "Signing in took too long. Enter your email address and password again";

    private final SignIn signIn;
    private final NewsroomSessions sessions;
    private final SiteSettings site;

    SignInController(SignIn signIn, NewsroomSessions sessions, SiteSettings site) {
        this.signIn = signIn;
        this.sessions = sessions;
        this.site = site;
    }

    @GetMapping("/login")
    ModelAndView showSignIn(Principal principal, CsrfToken csrf,
                            @RequestParam(name = "signed-out", required = false) String signedOut,
                            @RequestParam(name = "password-changed", required = false) String passwordChanged) {
        if (principal != null) {
            return seeOther("/newsroom/");
        }
        String notice = signedOut != null ? "You have signed out."
                : passwordChanged != null ? "Your password has been changed. Sign in with your new password." : null;
        return signInPage(csrf, "", FieldErrors.none(), null, notice, HttpStatus.OK);
    }

    @PostMapping("/login")
    ModelAndView signIn(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String password,
                        CsrfToken csrf, HttpServletRequest request, HttpServletResponse response) {
        var errors = new LinkedHashMap<String, String>();
        if (username.isBlank()) {
            errors.put("username", "Enter your email address");
        }
        if (password.isEmpty()) {
            errors.put("password", "Enter your password");
        }
        if (!errors.isEmpty()) {
            return signInPage(csrf, username, new FieldErrors(errors), null, null, HttpStatus.UNPROCESSABLE_CONTENT);
        }
        return switch (signIn.withPassword(username, password, request.getRemoteAddr())) {
            case SignedIn signedIn -> start(signedIn, request, response);
            case CodeNeeded needed -> codePage(csrf, needed.ticket(), FieldErrors.none(), null, HttpStatus.OK, false);
            case Throttled throttled -> signInPage(csrf, username, FieldErrors.none(),
                    SignInThrottle.message(throttled.retryAfter()), null, HttpStatus.TOO_MANY_REQUESTS);
            case Refused _, TicketExpired _ ->
                    signInPage(csrf, username, FieldErrors.none(), REFUSED, null, HttpStatus.UNPROCESSABLE_CONTENT);
        };
    }

    @PostMapping("/login/code")
    ModelAndView enterCode(@RequestParam(defaultValue = "") String ticket, @RequestParam(defaultValue = "") String code,
                           @RequestParam(defaultValue = "false") boolean recovery, CsrfToken csrf,
                           HttpServletRequest request, HttpServletResponse response) {
        if (code.isBlank()) {
            return codePage(csrf, ticket, FieldErrors.of("code", recovery ? NO_RECOVERY_CODE : NO_CODE), null,
                    HttpStatus.UNPROCESSABLE_CONTENT, recovery);
        }
        return switch (signIn.withCode(ticket, code, request.getRemoteAddr())) {
            case SignedIn signedIn -> start(signedIn, request, response);
            case Throttled throttled -> codePage(csrf, ticket, FieldErrors.none(),
                    SignInThrottle.message(throttled.retryAfter()), HttpStatus.TOO_MANY_REQUESTS, recovery);
            case Refused _, CodeNeeded _ -> codePage(csrf, ticket,
                    FieldErrors.of("code", recovery ? WRONG_RECOVERY_CODE : WRONG_CODE), null,
                    HttpStatus.UNPROCESSABLE_CONTENT, recovery);
            case TicketExpired _ ->
                    signInPage(csrf, "", FieldErrors.none(), TOO_SLOW, null, HttpStatus.UNPROCESSABLE_CONTENT);
        };
    }

    /** Asks for a recovery code instead of the app's (or the other way back); the ticket is checked on sending. */
    @PostMapping("/login/code/choose")
    ModelAndView chooseCode(@RequestParam(defaultValue = "") String ticket,
                            @RequestParam(defaultValue = "false") boolean recovery, CsrfToken csrf) {
        return codePage(csrf, ticket, FieldErrors.none(), null, HttpStatus.OK, recovery);
    }

    private ModelAndView start(SignedIn signedIn, HttpServletRequest request, HttpServletResponse response) {
        sessions.start(signedIn.credentials(), request, response);
        return seeOther(sessions.returnAddress(request, response));
    }

    private ModelAndView signInPage(CsrfToken csrf, String email, FieldErrors errors, String problem, String notice,
                                    HttpStatus status) {
        var page = new SignInPage(chrome(csrf), email, errors, problem, notice);
        var view = new ModelAndView("accounts/signIn", JteViews.PAGE, page);
        view.setStatus(status);
        return view;
    }

    private ModelAndView codePage(CsrfToken csrf, String ticket, FieldErrors errors, String problem, HttpStatus status,
                                  boolean recovery) {
        var view = new ModelAndView("accounts/signInCode", JteViews.PAGE,
                new SignInCodePage(chrome(csrf), ticket, errors, problem, recovery));
        view.setStatus(status);
        return view;
    }

    private SignInChrome chrome(CsrfToken csrf) {
        return new SignInChrome(site.title(), csrf.getParameterName(), csrf.getToken());
    }

    static ModelAndView seeOther(String location) {
        var redirect = new RedirectView(location, true);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        redirect.setExposeModelAttributes(false);
        return new ModelAndView(redirect);
    }
}
