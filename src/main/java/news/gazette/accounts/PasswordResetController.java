package news.gazette.accounts;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import news.gazette.platform.JteViews;
import news.gazette.platform.SiteSettings;

/** "Forgot your password?": asking for a reset link, and choosing a new password through it. */
@Controller
class PasswordResetController {

    private final PasswordReset reset;
    private final SiteSettings site;

    PasswordResetController(PasswordReset reset, SiteSettings site) {
        this.reset = reset;
        this.site = site;
    }

    @GetMapping("/login/forgot")
    ModelAndView showForgotPassword(CsrfToken csrf) {
        return forgotPage(csrf, "", FieldErrors.none(), null, false, HttpStatus.OK);
    }

    @PostMapping("/login/forgot")
    ModelAndView requestResetLink(@RequestParam(defaultValue = "") String email, CsrfToken csrf,
                                  HttpServletRequest request) {
        if (email.isBlank() || !email.contains("@")) {
            var error = email.isBlank() ? "Enter your email address"
                    : "Enter an email address in the correct format, like name@example.com";
            return forgotPage(csrf, email, FieldErrors.of("email", error), null, false, HttpStatus.UNPROCESSABLE_CONTENT);
        }
        var wait = reset.requestLink(email, request.getRemoteAddr());
        if (wait.isPresent()) {
            String problem = "Too many requests for reset links. Try again in " + AttemptLimit.minutes(wait.get()) + ".";
            return forgotPage(csrf, email, FieldErrors.none(), problem, false, HttpStatus.TOO_MANY_REQUESTS);
        }
        return forgotPage(csrf, email, FieldErrors.none(), null, true, HttpStatus.OK);
    }

    @GetMapping("/login/reset/{token}")
    ModelAndView showResetForm(@PathVariable String token, CsrfToken csrf) {
        return reset.holderOf(token)
                .map(holder -> resetPage(csrf, token, holder, FieldErrors.none(), HttpStatus.OK))
                .orElseGet(() -> deadLink(csrf));
    }

    @PostMapping("/login/reset/{token}")
    ModelAndView resetPassword(@PathVariable String token, @RequestParam(defaultValue = "") String password,
                               CsrfToken csrf) {
        return switch (reset.reset(token, password)) {
            case PasswordReset.Outcome.Done _ -> SignInController.seeOther("/login?password-changed");
            case PasswordReset.Outcome.Invalid invalid -> reset.holderOf(token)
                    .map(holder -> resetPage(csrf, token, holder, invalid.errors(), HttpStatus.UNPROCESSABLE_CONTENT))
                    .orElseGet(() -> deadLink(csrf));
            case PasswordReset.Outcome.LinkDead _ -> deadLink(csrf);
        };
    }

    private ModelAndView forgotPage(CsrfToken csrf, String email, FieldErrors errors, String problem, boolean sent,
                                    HttpStatus status) {
        var view = new ModelAndView("accounts/forgotPassword", JteViews.PAGE,
                new ForgotPasswordPage(chrome(csrf), email, errors, problem, sent));
        view.setStatus(status);
        return view;
    }

    private ModelAndView resetPage(CsrfToken csrf, String token, PasswordReset.LinkHolder holder, FieldErrors errors,
                                   HttpStatus status) {
        var view = new ModelAndView("accounts/resetPassword", JteViews.PAGE,
                new ResetPasswordPage(chrome(csrf), token, holder.email(), holder.invited(), errors, true));
        view.setStatus(status);
        return view;
    }

    private ModelAndView deadLink(CsrfToken csrf) {
        var view = new ModelAndView("accounts/resetPassword", JteViews.PAGE,
                new ResetPasswordPage(chrome(csrf), "", "", false, FieldErrors.none(), false));
        view.setStatus(HttpStatus.NOT_FOUND);
        return view;
    }

    private SignInChrome chrome(CsrfToken csrf) {
        return new SignInChrome(site.title(), csrf.getParameterName(), csrf.getToken());
    }
}
