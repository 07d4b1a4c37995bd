package news.gazette.newsroom;

import static news.gazette.newsroom.UserPages.LIST;

import java.security.Principal;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

import news.gazette.accounts.FieldErrors;
import news.gazette.accounts.UserAccess;
import news.gazette.accounts.UserOutcome;
import news.gazette.accounts.Users;

/**
 * The buttons of a user's edit page that are about getting in: disable, enable, mail a link to choose a password,
 * turn off two-factor sign-in. Each goes back to the edit page saying what was done, or why not (409).
 */
@Controller
class UserAccessController {

    private final UserAccess access;
    private final Users users;
    private final UserPages pages;

    UserAccessController(UserAccess access, Users users, UserPages pages) {
        this.access = access;
        this.users = users;
        this.pages = pages;
    }

    @PostMapping(LIST + "{id}/disable")
    ModelAndView disableUser(@PathVariable long id, Principal principal, CsrfToken csrf) {
        return answer(access.disable(principal.getName(), id), "disabled", id, principal, csrf);
    }

    @PostMapping(LIST + "{id}/enable")
    ModelAndView enableUser(@PathVariable long id, Principal principal, CsrfToken csrf) {
        return answer(access.enable(principal.getName(), id), "enabled", id, principal, csrf);
    }

    @PostMapping(LIST + "{id}/password-link")
    ModelAndView sendPasswordLink(@PathVariable long id, Principal principal, CsrfToken csrf) {
        return answer(access.sendPasswordLink(principal.getName(), id), "link", id, principal, csrf);
    }

    @PostMapping(LIST + "{id}/two-factor/reset")
    ModelAndView resetTwoFactor(@PathVariable long id, Principal principal, CsrfToken csrf) {
        return answer(access.resetTwoFactor(principal.getName(), id), "two-factor", id, principal, csrf);
    }

    private ModelAndView answer(UserOutcome outcome, String done, long id, Principal principal, CsrfToken csrf) {
        if (outcome.isDone()) {
            return NewsroomAdvice.seeOther(LIST + id + "/edit?done=" + done);
        }
        var user = users.find(principal.getName(), id);
        return UserDeskController.form(pages.edit(principal, csrf, user, UserForm.of(user), FieldErrors.none(),
                outcome.refusal(), null), HttpStatus.CONFLICT);
    }
}
