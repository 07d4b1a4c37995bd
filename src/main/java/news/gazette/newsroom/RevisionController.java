package news.gazette.newsroom;

import java.security.Principal;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import news.gazette.platform.JteViews;
import news.gazette.platform.SiteSettings;
import news.gazette.publishing.ArticleDesk;
import news.gazette.publishing.Revisions;
import news.gazette.publishing.Writer;

/** An article's revisions: the list, what changed between two of them, and restoring one. */
@Controller
class RevisionController {

    private final Revisions revisions;
    private final ArticleDesk desk;
    private final Writers writers;
    private final NewsroomChromes chromes;
    private final SiteSettings site;

    RevisionController(Revisions revisions, ArticleDesk desk, Writers writers, NewsroomChromes chromes,
                       SiteSettings site) {
        this.revisions = revisions;
        this.desk = desk;
        this.writers = writers;
        this.chromes = chromes;
        this.site = site;
    }

    @GetMapping("/newsroom/articles/{id}/revisions")
    ModelAndView showRevisions(@PathVariable long id, @RequestParam(required = false) Long from,
                               @RequestParam(required = false) Long to, Principal principal, CsrfToken csrf) {
        return view(page(principal, csrf, id, from, to, null), HttpStatus.OK);
    }

    @PostMapping("/newsroom/articles/{id}/revisions/{revisionId}/restore")
    ModelAndView restoreRevision(@PathVariable long id, @PathVariable long revisionId, Principal principal,
                                 CsrfToken csrf) {
        var outcome = desk.restoreRevision(writers.of(principal), id, revisionId);
        if (outcome.isDone()) {
            return NewsroomAdvice.seeOther("/newsroom/articles/" + id + "/edit?done=revision");
        }
        String problem = outcome.isRefused() ? outcome.refusal() : String.join(" ", outcome.errors().values());
        return view(page(principal, csrf, id, null, null, problem), HttpStatus.FORBIDDEN);
    }

    private RevisionsPage page(Principal principal, CsrfToken csrf, long id, Long from, Long to, String problem) {
        Writer writer = writers.of(principal);
        var article = desk.open(writer, id);
        var rows = revisions.of(writer, id).stream()
                .map(r -> new RevisionsPage.Row(r.id(), site.formatDate(r.savedAt()) + " at " + site.formatTime(r.savedAt()),
                        r.savedBy(), r.title(), r.id() == (from == null ? -1 : from), r.id() == (to == null ? -1 : to)))
                .toList();
        var diff = from != null && to != null ? revisions.compare(writer, id, from, to) : List.<news.gazette.publishing.DiffLine>of();
        return new RevisionsPage(chromes.chrome(principal, csrf, "articles"), id, article.title(), rows, from, to, diff,
                problem);
    }

    private static ModelAndView view(RevisionsPage page, HttpStatus status) {
        var view = new ModelAndView("newsroom/articles/revisions", JteViews.PAGE, page);
        view.setStatus(status);
        return view;
    }
}
