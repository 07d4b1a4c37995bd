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
import news.gazette.platform.Permalinks;
import news.gazette.publishing.AuthorDesk;
import news.gazette.publishing.TermEntry;
import news.gazette.publishing.TermOutcome;
import news.gazette.publishing.Writer;

/**
 * Author profiles, the public bylines: editors and administrators list, create and change all of them, an author
 * only their own (another's is not found, see {@link NewsroomAdvice}). Field errors answer 422 with the form as typed.
 */
@Controller
class AuthorDeskController {

    private static final String LIST = "/newsroom/authors/";

    private final AuthorDesk authors;
    private final Writers writers;
    private final NewsroomChromes chromes;
    private final Permalinks permalinks;

    AuthorDeskController(AuthorDesk authors, Writers writers, NewsroomChromes chromes, Permalinks permalinks) {
        this.authors = authors;
        this.writers = writers;
        this.chromes = chromes;
        this.permalinks = permalinks;
    }

    @GetMapping(LIST)
    ModelAndView showAuthors(Principal principal, CsrfToken csrf) {
        var writer = writers.of(principal);
        var rows = authors.list(writer).stream().map(a -> new TermListPage.Row(a.name(), a.slug(), a.description(),
                TermPages.articles(a.articles()), LIST + a.id() + "/edit", permalinks.author(a.slug()))).toList();
        String intro = writer.editsAnyone() ? "The bylines readers see, each with its page on the site."
                : "Your byline as readers see it, with its page on the site.";
        return TermPages.view(new TermListPage(chrome(principal, csrf), "Authors", intro,
                writer.editsAnyone() ? LIST + "new" : null, "New author profile", "Bio", rows, null));
    }

    @GetMapping(LIST + "new")
    ModelAndView startAuthor(Principal principal, CsrfToken csrf) {
        return TermPages.view(form(chrome(principal, csrf), null, TermForm.EMPTY, FieldErrors.none(), null, null),
                HttpStatus.OK);
    }

    @PostMapping(LIST + "new")
    ModelAndView createAuthor(@ModelAttribute TermForm form, Principal principal, CsrfToken csrf) {
        return save(null, form, principal, csrf);
    }

    @GetMapping(LIST + "{id}/edit")
    ModelAndView editAuthor(@PathVariable long id, @RequestParam(required = false) String done, Principal principal,
                            CsrfToken csrf) {
        var author = authors.find(writers.of(principal), id);
        return TermPages.view(form(chrome(principal, csrf), author, TermForm.of(author), FieldErrors.none(), null,
                "saved".equals(done) ? "Saved." : null), HttpStatus.OK);
    }

    @PostMapping(LIST + "{id}/edit")
    ModelAndView changeAuthor(@PathVariable long id, @ModelAttribute TermForm form, Principal principal,
                              CsrfToken csrf) {
        return save(id, form, principal, csrf);
    }

    private ModelAndView save(Long id, TermForm form, Principal principal, CsrfToken csrf) {
        Writer writer = writers.of(principal);
        TermOutcome outcome = authors.save(writer, id, form.draft());
        if (outcome.isDone()) {
            return NewsroomAdvice.seeOther(LIST + outcome.id() + "/edit?done=saved");
        }
        var author = id == null ? null : authors.find(writer, id);
        return TermPages.view(form(chrome(principal, csrf), author, form, new FieldErrors(outcome.errors()),
                outcome.refusal(), null), outcome.isRefused() ? HttpStatus.FORBIDDEN : HttpStatus.UNPROCESSABLE_CONTENT);
    }

    private TermFormPage form(NewsroomChrome chrome, TermEntry author, TermForm form, FieldErrors errors,
                              String problem, String notice) {
        if (author == null) {
            return new TermFormPage(chrome, "New author profile", LIST, "All authors", LIST + "new",
                    "Create profile", form, "Bio", errors, problem, notice, null, null, null, null, List.of());
        }
        return new TermFormPage(chrome, "Edit author profile: " + author.name(), LIST, "All authors",
                LIST + author.id() + "/edit", "Save profile", form, "Bio", errors, problem, notice,
                permalinks.author(author.slug()), null, null, null, List.of());
    }

    private NewsroomChrome chrome(Principal principal, CsrfToken csrf) {
        return chromes.chrome(principal, csrf, "authors");
    }
}
