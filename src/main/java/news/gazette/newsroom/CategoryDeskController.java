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
import news.gazette.platform.Permalinks;
import news.gazette.publishing.CategoryDesk;
import news.gazette.publishing.TermEntry;
import news.gazette.publishing.TermOutcome;

/**
 * Categories for editors and administrators: list, create, change, delete. Field errors answer 422 with the form as
 * typed; deleting a category articles are filed under answers 409 with the reason; an unknown id 404.
 */
@Controller
class CategoryDeskController {

    private static final String LIST = "/newsroom/categories/";

    private final CategoryDesk categories;
    private final Writers writers;
    private final NewsroomChromes chromes;
    private final Permalinks permalinks;

    CategoryDeskController(CategoryDesk categories, Writers writers, NewsroomChromes chromes, Permalinks permalinks) {
        this.categories = categories;
        this.writers = writers;
        this.chromes = chromes;
        this.permalinks = permalinks;
    }

    @GetMapping(LIST)
    ModelAndView showCategories(@RequestParam(required = false) String done, Principal principal, CsrfToken csrf) {
        var rows = categories.list().stream().map(c -> new TermListPage.Row(c.name(), c.slug(), c.description(),
                TermPages.articles(c.articles()), LIST + c.id() + "/edit", permalinks.category(c.slug()))).toList();
        return TermPages.view(new TermListPage(chrome(principal, csrf), "Categories",
                "Every article is filed under exactly one category; each has its archive page on the site.",
                LIST + "new", "New category", "Description", rows,
                "deleted".equals(done) ? "Category deleted." : null));
    }

    @GetMapping(LIST + "new")
    ModelAndView startCategory(Principal principal, CsrfToken csrf) {
        return TermPages.view(form(chrome(principal, csrf), null, TermForm.EMPTY, FieldErrors.none(), null, null),
                HttpStatus.OK);
    }

    @PostMapping(LIST + "new")
    ModelAndView createCategory(@ModelAttribute TermForm form, Principal principal, CsrfToken csrf) {
        return save(null, form, principal, csrf);
    }

    @GetMapping(LIST + "{id}/edit")
    ModelAndView editCategory(@PathVariable long id, @RequestParam(required = false) String done, Principal principal,
                              CsrfToken csrf) {
        var category = categories.find(id);
        return TermPages.view(form(chrome(principal, csrf), category, TermForm.of(category), FieldErrors.none(), null,
                "saved".equals(done) ? "Saved." : null), HttpStatus.OK);
    }

    @PostMapping(LIST + "{id}/edit")
    ModelAndView changeCategory(@PathVariable long id, @ModelAttribute TermForm form, Principal principal,
                                CsrfToken csrf) {
        return save(id, form, principal, csrf);
    }

    @PostMapping(LIST + "{id}/delete")
    ModelAndView deleteCategory(@PathVariable long id, Principal principal, CsrfToken csrf) {
        var outcome = categories.delete(writers.of(principal), id);
        if (outcome.isDone()) {
            return NewsroomAdvice.seeOther(LIST + "?done=deleted");
        }
        var category = categories.find(id);
        return TermPages.view(form(chrome(principal, csrf), category, TermForm.of(category), FieldErrors.none(),
                outcome.refusal(), null), HttpStatus.CONFLICT);
    }

    private ModelAndView save(Long id, TermForm form, Principal principal, CsrfToken csrf) {
        TermOutcome outcome = categories.save(writers.of(principal), id, form.draft());
        if (outcome.isDone()) {
            return NewsroomAdvice.seeOther(LIST + outcome.id() + "/edit?done=saved");
        }
        var category = id == null ? null : categories.find(id);
        return TermPages.view(form(chrome(principal, csrf), category, form, new FieldErrors(outcome.errors()),
                outcome.refusal(), null), outcome.isRefused() ? HttpStatus.FORBIDDEN : HttpStatus.UNPROCESSABLE_CONTENT);
    }

    private TermFormPage form(NewsroomChrome chrome, TermEntry category, TermForm form, FieldErrors errors,
                              String problem, String notice) {
        if (category == null) {
            return new TermFormPage(chrome, "New category", LIST, "All categories", LIST + "new", "Create category",
                    form, "Description", errors, problem, notice, null, null, null, null, java.util.List.of());
        }
        String deleteHint = category.articles() == 0 ? "No article is filed under it, so it can be deleted."
                : "It can be deleted once no article is filed under it; " + TermPages.articles(category.articles())
                + " still are.";
        return new TermFormPage(chrome, "Edit category: " + category.name(), LIST, "All categories",
                LIST + category.id() + "/edit", "Save category", form, "Description", errors, problem, notice,
                permalinks.category(category.slug()), LIST + category.id() + "/delete", deleteHint, null,
                java.util.List.of());
    }

    private NewsroomChrome chrome(Principal principal, CsrfToken csrf) {
        return chromes.chrome(principal, csrf, "categories");
    }
}
