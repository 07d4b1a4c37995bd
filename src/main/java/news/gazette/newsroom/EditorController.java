package news.gazette.newsroom;

import java.security.Principal;

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
import news.gazette.platform.JteViews;
import news.gazette.publishing.ArticleDesk;
import news.gazette.publishing.ArticleLifecycle;
import news.gazette.publishing.EditOutcome;
import news.gazette.publishing.EditorAction;

/**
 * The article editor: write, preview, save, submit, publish or schedule; then unpublish, trash or restore. Each action
 * is one call into the publishing module, which decides who may do it; a refusal is answered 403 with its reason,
 * field errors 422 with the form as typed, an article the writer may not open 404 (see {@link NewsroomAdvice}).
 */
@Controller
class EditorController {

    private final ArticleDesk desk;
    private final ArticleLifecycle lifecycle;
    private final Writers writers;
    private final NewsroomChromes chromes;
    private final EditorPages pages;

    EditorController(ArticleDesk desk, ArticleLifecycle lifecycle, Writers writers, NewsroomChromes chromes,
                     EditorPages pages) {
        this.desk = desk;
        this.lifecycle = lifecycle;
        this.writers = writers;
        this.chromes = chromes;
        this.pages = pages;
    }

    @GetMapping("/newsroom/articles/new")
    ModelAndView startArticle(Principal principal, CsrfToken csrf) {
        return view(pages.typed(chrome(principal, csrf), writers.of(principal), null, ArticleForm.EMPTY,
                FieldErrors.none(), null, null), HttpStatus.OK);
    }

    @PostMapping("/newsroom/articles/new")
    ModelAndView saveNewArticle(@ModelAttribute ArticleForm form, Principal principal, CsrfToken csrf) {
        return save(null, form, principal, csrf);
    }

    @GetMapping("/newsroom/articles/{id}/edit")
    ModelAndView editArticle(@PathVariable long id, @RequestParam(required = false) String done, Principal principal,
                             CsrfToken csrf) {
        return view(pages.stored(chrome(principal, csrf), writers.of(principal), id, done), HttpStatus.OK);
    }

    @PostMapping("/newsroom/articles/{id}/edit")
    ModelAndView saveArticle(@PathVariable long id, @ModelAttribute ArticleForm form, Principal principal,
                             CsrfToken csrf) {
        return save(id, form, principal, csrf);
    }

    @PostMapping("/newsroom/articles/{id}/{change:unpublish|trash|restore}")
    ModelAndView changeStatus(@PathVariable long id, @PathVariable String change, Principal principal,
                              CsrfToken csrf) {
        var writer = writers.of(principal);
        EditOutcome outcome = switch (change) {
            case "unpublish" -> lifecycle.unpublish(writer, id);
            case "trash" -> lifecycle.trash(writer, id);
            default -> lifecycle.restore(writer, id);
        };
        if (outcome.isDone()) {
            return NewsroomAdvice.seeOther("/newsroom/articles/" + id + "/edit?done=" + change);
        }
        var page = pages.stored(chrome(principal, csrf), writer, id, null);
        return view(withProblem(page, outcome.refusal()), HttpStatus.FORBIDDEN);
    }

    private ModelAndView save(Long id, ArticleForm form, Principal principal, CsrfToken csrf) {
        var writer = writers.of(principal);
        var chrome = chrome(principal, csrf);
        if ("preview".equals(form.action())) {
            return view(pages.typed(chrome, writer, id, form, FieldErrors.none(), null, desk.preview(form.body())),
                    HttpStatus.OK);
        }
        var action = EditorAction.named(form.action()).orElse(EditorAction.SAVE);
        var outcome = desk.save(writer, id, form.draft(), action);
        if (outcome.isDone()) {
            return NewsroomAdvice.seeOther("/newsroom/articles/" + outcome.articleId() + "/edit?done=" + action.word());
        }
        var page = pages.typed(chrome, writer, id, form, new FieldErrors(outcome.errors()), outcome.refusal(), null);
        return view(page, outcome.isRefused() ? HttpStatus.FORBIDDEN : HttpStatus.UNPROCESSABLE_CONTENT);
    }

    private NewsroomChrome chrome(Principal principal, CsrfToken csrf) {
        return chromes.chrome(principal, csrf, "articles");
    }

    private static EditorPage withProblem(EditorPage p, String problem) {
        return new EditorPage(p.chrome(), p.heading(), p.articleId(), p.formAction(), p.form(), p.errors(), problem,
                null, p.previewHtml(), p.statusLabel(), p.publicUrl(), p.categories(), p.authors(), p.images(),
                p.publishes(), p.unpublishable(), p.inTrash());
    }

    private static ModelAndView view(EditorPage page, HttpStatus status) {
        var view = new ModelAndView("newsroom/articles/editor", JteViews.PAGE, page);
        view.setStatus(status);
        return view;
    }
}
