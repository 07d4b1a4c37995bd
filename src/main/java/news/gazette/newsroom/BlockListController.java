package news.gazette.newsroom;

import java.security.Principal;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import news.gazette.accounts.FieldErrors;
import news.gazette.comments.BlockOutcome;
import news.gazette.comments.CommentBlocks;
import news.gazette.comments.ModerationQueue;
import news.gazette.newsroom.ModerationQueuePage.StatusMessage;
import news.gazette.platform.JteViews;
import news.gazette.platform.SiteSettings;

/**
 * The blocked emails and IP addresses of the moderation desk: the list, a block added by hand, a block lifted. Each
 * action answers 303 back to the list, saying what it did; what cannot be blocked answers 422 with the form as
 * typed. Who may come here is accounts.SecurityConfiguration's business, as for the rest of the desk.
 */
@Controller
class BlockListController {

    static final String PATH = "/newsroom/comments/blocks";
    private static final String FIELD = "block";

    private final CommentBlocks blocks;
    private final ModerationQueue queue;
    private final NewsroomChromes chromes;
    private final ModeratorNames names;
    private final SiteSettings site;

    BlockListController(CommentBlocks blocks, ModerationQueue queue, NewsroomChromes chromes, ModeratorNames names,
                        SiteSettings site) {
        this.blocks = blocks;
        this.queue = queue;
        this.chromes = chromes;
        this.names = names;
        this.site = site;
    }

    @GetMapping(PATH)
    ModelAndView showBlocks(@RequestParam(defaultValue = "1") int page, @RequestParam(required = false) String done,
                            Principal principal, CsrfToken csrf) {
        return view(principal, csrf, page, message(done), FieldErrors.none(), "", HttpStatus.OK);
    }

    @PostMapping(PATH)
    ModelAndView block(@RequestParam(name = FIELD, defaultValue = "") String typed, Principal principal,
                       CsrfToken csrf) {
        return switch (blocks.block(typed, principal.getName())) {
            case BlockOutcome.Blocked _ -> NewsroomAdvice.seeOther(PATH + "?done=blocked");
            case BlockOutcome.AlreadyBlocked _ -> NewsroomAdvice.seeOther(PATH + "?done=already");
            case BlockOutcome.Invalid invalid -> view(principal, csrf, 1, null,
                    FieldErrors.of(FIELD, invalid.message()), typed, HttpStatus.UNPROCESSABLE_CONTENT);
        };
    }

    @PostMapping(PATH + "/unblock")
    ModelAndView unblock(@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String value,
                         @RequestParam(defaultValue = "1") int page) {
        String done = blocks.unblock(kind, value) ? "unblocked" : "not-blocked";
        return NewsroomAdvice.seeOther(PATH + "?" + (page > 1 ? "page=" + page + "&" : "") + "done=" + done);
    }

    private ModelAndView view(Principal principal, CsrfToken csrf, int page, StatusMessage message, FieldErrors errors,
                              String typed, HttpStatus status) {
        long total = blocks.count();
        int totalPages = (int) Math.max(1, (total + CommentBlocks.PAGE_SIZE - 1) / CommentBlocks.PAGE_SIZE);
        var rows = blocks.list(page).stream().map(block -> new BlockListPage.Row(block.kind(),
                block.isEmail() ? "Email" : block.isRange() ? "IP range" : "IP address", block.value(),
                names.of(block.blockedBy()), site.formatDate(block.blockedAt()) + " at " + site.formatTime(block.blockedAt()),
                block.blockedAt().toString())).toList();
        String summary = total == 1 ? "1 block" : total + " blocks";
        var model = new BlockListPage(chromes.chrome(principal, csrf, "comments"),
                ModerationQueuePages.tabs(queue.counts(), total, null), message, errors, typed,
                totalPages > 1 ? summary + ", page " + page + " of " + totalPages : summary, rows, page, totalPages,
                page > 1 && page <= totalPages ? PATH + (page == 2 ? "" : "?page=" + (page - 1)) : null,
                page < totalPages ? PATH + "?page=" + (page + 1) : null);
        var view = new ModelAndView("newsroom/comments/blocks", JteViews.PAGE, model);
        view.setStatus(status);
        return view;
    }

    private static StatusMessage message(String done) {
        return switch (done == null ? "" : done) {
            case "blocked" -> new StatusMessage("Blocked: the next comments from it will be marked as spam.", false);
            case "already" -> new StatusMessage("That was blocked already.", false);
            case "unblocked" -> new StatusMessage("Unblocked: its next comments go through the usual rules.", false);
            case "not-blocked" -> new StatusMessage("That was not blocked.", false);
            default -> null;
        };
    }
}
