package news.gazette.newsroom;

import java.security.Principal;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import news.gazette.accounts.Accounts;
import news.gazette.accounts.FieldErrors;
import news.gazette.accounts.TwoFactor;
import news.gazette.accounts.TwoFactorChange;
import news.gazette.accounts.TwoFactorSetup;
import news.gazette.platform.JteViews;

/**
 * "Your account": the signed-in person changes their password, turns two-factor sign-in on or off, and makes new
 * recovery codes.
 */
@Controller
class AccountController {

    private final NewsroomChromes chromes;
    private final Accounts accounts;
    private final TwoFactor twoFactor;

    AccountController(NewsroomChromes chromes, Accounts accounts, TwoFactor twoFactor) {
        this.chromes = chromes;
        this.accounts = accounts;
        this.twoFactor = twoFactor;
    }

    @GetMapping("/newsroom/account/")
    ModelAndView showAccount(Principal principal, CsrfToken csrf,
                             @RequestParam(name = "two-factor", required = false) String changed) {
        String notice = "off".equals(changed) ? "Two-factor sign-in is off; its recovery codes no longer work." : null;
        return accountPage(principal, csrf, FieldErrors.none(), notice, HttpStatus.OK);
    }

    /** On success the session ends with the old password: the person signs in again with the new one. */
    @PostMapping("/newsroom/account/password")
    ModelAndView changePassword(Principal principal, CsrfToken csrf,
                                @RequestParam(defaultValue = "") String currentPassword,
                                @RequestParam(defaultValue = "") String newPassword) {
        var errors = accounts.changePassword(principal.getName(), currentPassword, newPassword);
        if (errors.isEmpty()) {
            return seeOther("/login?password-changed");
        }
        return accountPage(principal, csrf, errors, null, HttpStatus.UNPROCESSABLE_CONTENT);
    }

    @GetMapping("/newsroom/account/two-factor")
    ModelAndView showTwoFactorSetup(Principal principal, CsrfToken csrf) {
        if (twoFactor.isOn(principal.getName())) {
            return seeOther("/newsroom/account/");
        }
        return setupPage(principal, csrf, twoFactor.setUp(principal.getName()), FieldErrors.none(), HttpStatus.OK);
    }

    /** Shows the new recovery codes at once, in this answer: they are kept nowhere they could be shown again. */
    @PostMapping("/newsroom/account/two-factor")
    ModelAndView turnOnTwoFactor(Principal principal, CsrfToken csrf, @RequestParam(defaultValue = "") String secret,
                                 @RequestParam(defaultValue = "") String password,
                                 @RequestParam(defaultValue = "") String code) {
        if (twoFactor.isOn(principal.getName())) {
            return seeOther("/newsroom/account/");
        }
        var change = twoFactor.turnOn(principal.getName(), password, secret, code);
        if (change.isDone()) {
            return recoveryCodesPage(principal, csrf, "Two-factor sign-in is on: signing in now takes a code from your app.",
                    change);
        }
        return setupPage(principal, csrf, twoFactor.setUp(principal.getName(), secret), change.errors(),
                HttpStatus.UNPROCESSABLE_CONTENT);
    }

    @PostMapping("/newsroom/account/recovery-codes")
    ModelAndView newRecoveryCodes(Principal principal, CsrfToken csrf,
                                  @RequestParam(defaultValue = "") String recoveryConfirmation) {
        var change = twoFactor.newRecoveryCodes(principal.getName(), recoveryConfirmation);
        if (change.isDone()) {
            return recoveryCodesPage(principal, csrf, "New recovery codes are made: the old ones no longer work.", change);
        }
        return accountPage(principal, csrf, change.errors(), null, HttpStatus.UNPROCESSABLE_CONTENT);
    }

    @PostMapping("/newsroom/account/two-factor/off")
    ModelAndView turnOffTwoFactor(Principal principal, CsrfToken csrf, @RequestParam(defaultValue = "") String password) {
        var errors = twoFactor.turnOff(principal.getName(), password);
        if (errors.isEmpty()) {
            return seeOther("/newsroom/account/?two-factor=off");
        }
        return accountPage(principal, csrf, errors, null, HttpStatus.UNPROCESSABLE_CONTENT);
    }

    private ModelAndView accountPage(Principal principal, CsrfToken csrf, FieldErrors errors, String notice,
                                     HttpStatus status) {
        var account = chromes.account(principal);
        var page = new AccountPage(chromes.chrome(principal, csrf, "account"), account.email(),
                twoFactor.isOn(account.email()), twoFactor.recoveryCodesLeft(account.email()), errors, notice);
        var view = new ModelAndView("newsroom/account", JteViews.PAGE, page);
        view.setStatus(status);
        return view;
    }

    private ModelAndView recoveryCodesPage(Principal principal, CsrfToken csrf, String notice, TwoFactorChange change) {
        return new ModelAndView("newsroom/recoveryCodes", JteViews.PAGE,
                new RecoveryCodesPage(chromes.chrome(principal, csrf, "account"), notice, change.recoveryCodes()));
    }

    private ModelAndView setupPage(Principal principal, CsrfToken csrf, TwoFactorSetup setup, FieldErrors errors,
                                   HttpStatus status) {
        var view = new ModelAndView("newsroom/twoFactorSetup", JteViews.PAGE,
                new TwoFactorSetupPage(chromes.chrome(principal, csrf, "account"), setup, errors));
        view.setStatus(status);
        return view;
    }

    private static ModelAndView seeOther(String location) {
        var redirect = new RedirectView(location, true);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        redirect.setExposeModelAttributes(false);
        return new ModelAndView(redirect);
    }
}
