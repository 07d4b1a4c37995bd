package news.gazette.newsroom;

import java.io.IOException;
import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

import news.gazette.accounts.FieldErrors;
import news.gazette.comments.CommentDetail;
import news.gazette.comments.CommentModeration;
import news.gazette.comments.CommentNotFound;
import news.gazette.comments.ModerationQueue;
import news.gazette.platform.JteViews;

/**
 * A comment on its own page of the moderation desk: what is known of it, its history, and a form to change its
 * author's name, email and website and its text. Saving returns to the queue view it was opened from; field errors
 * answer 422 with the form as typed; a comment that is gone, 404.
 */
@Controller
class CommentEditController {

    private final ModerationQueue queue;
    private final CommentModeration moderation;
    private final NewsroomChromes chromes;
    private final CommentEditPages pages;

    CommentEditController(ModerationQueue queue, CommentModeration moderation, NewsroomChromes chromes,
                          CommentEditPages pages) {
        this.queue = queue;
        this.moderation = moderation;
        this.chromes = chromes;
        this.pages = pages;
    }

    @GetMapping(QueueAddress.PATH + "{id}/edit")
    ModelAndView editComment(@PathVariable long id, @ModelAttribute QueueAddress view, Principal principal,
                             CsrfToken csrf) {
        var detail = detail(id);
        return page(principal, csrf, detail, CommentEditForm.of(detail.asWritten()), FieldErrors.none(), view,
                HttpStatus.OK);
    }

    @PostMapping(QueueAddress.PATH + "{id}/edit")
    ModelAndView saveComment(@PathVariable long id, @ModelAttribute QueueAddress view,
                             @ModelAttribute CommentEditForm form, Principal principal, CsrfToken csrf) {
        var errors = moderation.edit(id, form.edit(), principal.getName());
        if (errors.isEmpty()) {
            return NewsroomAdvice.seeOther(view.url("edited-1") + "#comment-" + id);
        }
        return page(principal, csrf, detail(id), form, new FieldErrors(errors), view, HttpStatus.UNPROCESSABLE_CONTENT);
    }

    /** Deleted while the page was open. */
    @ExceptionHandler(CommentNotFound.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }

    private CommentDetail detail(long id) {
        return queue.detail(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private ModelAndView page(Principal principal, CsrfToken csrf, CommentDetail detail, CommentEditForm form,
                              FieldErrors errors, QueueAddress view, HttpStatus status) {
        var page = pages.build(chromes.chrome(principal, csrf, "comments"), detail, form, errors, view);
        var model = new ModelAndView("newsroom/comments/edit", JteViews.PAGE, page);
        model.setStatus(status);
        return model;
    }
}
