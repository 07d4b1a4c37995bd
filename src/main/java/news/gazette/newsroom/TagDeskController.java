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
import org.springframework.web.servlet.ModelAndView;

import news.gazette.accounts.FieldErrors;
import news.gazette.newsroom.EditorPage.Choice;
import news.gazette.platform.Permalinks;
import news.gazette.publishing.TagDesk;
import news.gazette.publishing.TermEntry;
import news.gazette.publishing.TermOutcome;

/**
 * Tags for editors and administrators: list, rename, merge into another, delete. Tags are made in the article
 * editor, so there is no "new tag" here. Field errors answer 422 with the form as typed; an unknown id 404.
 */
@Controller
class TagDeskController {

    private static final String LIST = "/newsroom/tags/";

    private final TagDesk tags;
    private final Writers writers;
    private final NewsroomChromes chromes;
    private final Permalinks permalinks;

    TagDeskController(TagDesk tags, Writers writers, NewsroomChromes chromes, Permalinks permalinks) {
        this.tags = tags;
        this.writers = writers;
        this.chromes = chromes;
        this.permalinks = permalinks;
    }

    @GetMapping(LIST)
    ModelAndView showTags(@RequestParam(required = false) String done, Principal principal, CsrfToken csrf) {
        var rows = tags.list().stream().map(t -> new TermListPage.Row(t.name(), t.slug(), "",
                TermPages.articles(t.articles()), LIST + t.id() + "/edit", permalinks.tag(t.slug()))).toList();
        return TermPages.view(new TermListPage(chromes.chrome(principal, csrf, "tags"), "Tags",
                "Tags are added to articles in the editor. Rename them, merge two into one, or delete them here.",
                null, null, null, rows, "deleted".equals(done) ? "Tag deleted." : null));
    }

    @GetMapping(LIST + "{id}/edit")
    ModelAndView editTag(@PathVariable long id, @RequestParam(required = false) String done, Principal principal,
                         CsrfToken csrf) {
        var tag = tags.find(id);
        String notice = "saved".equals(done) ? "Saved." : "merged".equals(done) ? "Merged." : null;
        return TermPages.view(form(principal, csrf, tag, TermForm.of(tag), FieldErrors.none(), null, notice),
                HttpStatus.OK);
    }

    @PostMapping(LIST + "{id}/edit")
    ModelAndView renameTag(@PathVariable long id, @ModelAttribute TermForm form, Principal principal, CsrfToken csrf) {
        return answer(tags.rename(writers.of(principal), id, form.draft()), "saved", id, form, principal, csrf);
    }

    @PostMapping(LIST + "{id}/merge")
    ModelAndView mergeTag(@PathVariable long id, @RequestParam(required = false) String into, Principal principal,
                          CsrfToken csrf) {
        var outcome = tags.merge(writers.of(principal), id, ArticleListAddress.id(into));
        return answer(outcome, "merged", id, null, principal, csrf);
    }

    @PostMapping(LIST + "{id}/delete")
    ModelAndView deleteTag(@PathVariable long id, Principal principal, CsrfToken csrf) {
        var outcome = tags.delete(writers.of(principal), id);
        if (outcome.isDone()) {
            return NewsroomAdvice.seeOther(LIST + "?done=deleted");
        }
        return answer(outcome, "deleted", id, null, principal, csrf);
    }

    /** {@code typed} is the rename form as posted; null after a merge or delete, which show the tag as stored. */
    private ModelAndView answer(TermOutcome outcome, String done, long id, TermForm typed, Principal principal,
                                CsrfToken csrf) {
        if (outcome.isDone()) {
            return NewsroomAdvice.seeOther(LIST + outcome.id() + "/edit?done=" + done);
        }
        var tag = tags.find(id);
        return TermPages.view(form(principal, csrf, tag, typed == null ? TermForm.of(tag) : typed, new FieldErrors(outcome.errors()),
                outcome.refusal(), null), outcome.isRefused() ? HttpStatus.FORBIDDEN : HttpStatus.UNPROCESSABLE_CONTENT);
    }

    private TermFormPage form(Principal principal, CsrfToken csrf, TermEntry tag, TermForm form, FieldErrors errors,
                              String problem, String notice) {
        List<Choice> others = tags.list().stream().filter(t -> t.id() != tag.id())
                .map(t -> new Choice(Long.toString(t.id()), t.name() + " (" + TermPages.articles(t.articles()) + ")"))
                .toList();
        return new TermFormPage(chromes.chrome(principal, csrf, "tags"), "Edit tag: " + tag.name(), LIST, "All tags",
                LIST + tag.id() + "/edit", "Rename tag", form, null, errors, problem, notice,
                permalinks.tag(tag.slug()), LIST + tag.id() + "/delete",
                "Deleting it takes it off " + TermPages.articles(tag.articles()) + "; the articles stay.",
                LIST + tag.id() + "/merge", others);
    }
}
