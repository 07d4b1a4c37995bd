package news.gazette.newsroom;

import static news.gazette.newsroom.UserPages.LIST;

import java.security.Principal;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import news.gazette.accounts.FieldErrors;
import news.gazette.accounts.UserOutcome;
import news.gazette.accounts.Users;
import news.gazette.platform.JteViews;

/**
 * The users, for administrators: the list by role, adding a user (who is mailed an invitation to choose their
 * password), and changing a user's name, role and author profile. Field errors answer 422 with the form as typed;
 * a refused change (the last active administrator) 409.
 */
@Controller
class UserDeskController {

    private final UserDesk desk;
    private final Users users;
    private final UserPages pages;

    UserDeskController(UserDesk desk, Users users, UserPages pages) {
        this.desk = desk;
        this.users = users;
        this.pages = pages;
    }

    @GetMapping(LIST)
    ModelAndView showUsers(@RequestParam(required = false) String role, Principal principal, CsrfToken csrf) {
        return new ModelAndView("newsroom/users/list", JteViews.PAGE,
                pages.list(principal, csrf, UserForm.roleNamed(role), null));
    }

    @GetMapping(LIST + "new")
    ModelAndView startUser(Principal principal, CsrfToken csrf) {
        return form(pages.newUser(principal, csrf, UserForm.EMPTY, FieldErrors.none()), HttpStatus.OK);
    }

    @PostMapping(LIST + "new")
    ModelAndView inviteUser(@ModelAttribute UserForm form, Principal principal, CsrfToken csrf) {
        UserOutcome outcome;
        try {
            outcome = desk.invite(principal, form);
        } catch (DuplicateKeyException sameEmailAtTheSameMoment) {
            // another administrator invited this email between the check and the insert; nothing of this one was kept
            outcome = UserOutcome.rejected(FieldErrors.of("email", "Another user already has this email address"));
        }
        if (outcome.isDone()) {
            return NewsroomAdvice.seeOther(LIST + outcome.id() + "/edit?done=invited");
        }
        return form(pages.newUser(principal, csrf, form, outcome.errors()), HttpStatus.UNPROCESSABLE_CONTENT);
    }

    @GetMapping(LIST + "{id}/edit")
    ModelAndView editUser(@PathVariable long id, @RequestParam(required = false) String done, Principal principal,
                          CsrfToken csrf) {
        var user = users.find(principal.getName(), id);
        return form(pages.edit(principal, csrf, user, UserForm.of(user), FieldErrors.none(), null,
                UserPages.notice(done, user)), HttpStatus.OK);
    }

    @PostMapping(LIST + "{id}/edit")
    ModelAndView changeUser(@PathVariable long id, @ModelAttribute UserForm form, Principal principal,
                            CsrfToken csrf) {
        UserOutcome outcome = desk.change(principal, id, form);
        if (outcome.isDone()) {
            return NewsroomAdvice.seeOther(LIST + id + "/edit?done=saved");
        }
        var user = users.find(principal.getName(), id);
        var kept = new UserForm(user.email(), form.displayName(), form.role(), form.author());
        return form(pages.edit(principal, csrf, user, kept, outcome.errors(), outcome.refusal(), null),
                outcome.isRefused() ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT);
    }

    static ModelAndView form(UserFormPage page, HttpStatus status) {
        var view = new ModelAndView("newsroom/users/form", JteViews.PAGE, page);
        view.setStatus(status);
        return view;
    }
}
