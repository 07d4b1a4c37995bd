package news.gazette.newsroom;

import java.security.Principal;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import news.gazette.comments.CommentBlocks;
import news.gazette.comments.CommentModeration;
import news.gazette.comments.ModerationAction;
import news.gazette.comments.ModerationQueue;
import news.gazette.platform.JteViews;

/**
 * The comment moderation desk. Each action is one call into the comments module, then a 303 back to the view it
 * came from, saying in the address what was done ({@code ?done=approved-3}). Sign-in, the roles that may moderate
 * and the CSRF token are checked before any of this runs (see accounts.SecurityConfiguration).
 */
@Controller
class ModerationDeskController {

    private final ModerationQueue queue;
    private final CommentModeration moderation;
    private final CommentBlocks blocks;
    private final NewsroomChromes chromes;
    private final ModerationQueuePages pages;

    ModerationDeskController(ModerationQueue queue, CommentModeration moderation, CommentBlocks blocks,
                             NewsroomChromes chromes, ModerationQueuePages pages) {
        this.queue = queue;
        this.moderation = moderation;
        this.blocks = blocks;
        this.chromes = chromes;
        this.pages = pages;
    }

    @GetMapping(QueueAddress.PATH)
    ModelAndView showQueue(@ModelAttribute QueueAddress view, @RequestParam(required = false) String done,
                           Principal principal, CsrfToken csrf) {
        var queued = queue.find(view.queue(), view.search(), view.pageNumber());
        var page = pages.build(chromes.chrome(principal, csrf, "comments"), queued, queue.counts(), blocks.count(), done);
        return new ModelAndView("newsroom/comments/queue", JteViews.PAGE, page);
    }

    /** One comment's buttons and the bulk form both post here: an action and the ids of the comments. */
    @PostMapping(QueueAddress.PATH + "moderate")
    ModelAndView moderate(@ModelAttribute QueueAddress view, @RequestParam String action,
                          @RequestParam(name = "id", required = false) List<Long> ids, Principal principal) {
        var chosen = ModerationAction.named(action).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        int changed = moderation.apply(chosen, ids == null ? List.of() : ids, principal.getName());
        return back(view, ModerationQueuePages.done(chosen, changed));
    }

    @PostMapping(QueueAddress.PATH + "approve-author")
    ModelAndView approveAllFromAuthor(@ModelAttribute QueueAddress view, @RequestParam String email, Principal principal) {
        return back(view, "author-approved-" + moderation.approveAllFrom(email, principal.getName()));
    }

    @PostMapping(QueueAddress.PATH + "block-email")
    ModelAndView blockEmail(@ModelAttribute QueueAddress view, @RequestParam String email, Principal principal) {
        return back(view, "blocked-email-" + (blocks.blockEmail(email, principal.getName()) ? 1 : 0));
    }

    @PostMapping(QueueAddress.PATH + "block-address")
    ModelAndView blockAddress(@ModelAttribute QueueAddress view, @RequestParam String ip, Principal principal) {
        return back(view, "blocked-address-" + (blocks.blockAddress(ip, principal.getName()) ? 1 : 0));
    }

    /** The reply is published under the signed-in account's name and email. */
    @PostMapping(QueueAddress.PATH + "{id}/reply")
    ModelAndView replyAsSite(@ModelAttribute QueueAddress view, @PathVariable long id, @RequestParam String text,
                             Principal principal) {
        var account = chromes.account(principal);
        var reply = moderation.replyAsSite(id, text, account.displayName(), account.email(), account.email());
        return back(view, "replied-" + (reply.isPresent() ? 1 : 0));
    }

    private static ModelAndView back(QueueAddress view, String done) {
        var redirect = new RedirectView(view.url(done), true);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        redirect.setExposeModelAttributes(false);
        return new ModelAndView(redirect);
    }
}
