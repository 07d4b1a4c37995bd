package news.gazette.newsroom;

import java.security.Principal;
import java.util.List;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import news.gazette.platform.JteViews;
import news.gazette.publishing.ArticleChange;
import news.gazette.publishing.ArticleDesk;
import news.gazette.publishing.ArticleLifecycle;

/**
 * The newsroom's list of articles: editors see everyone's, authors and contributors their own. Selected articles
 * can be trashed, restored, unpublished or published at once; the publishing module checks each one, and the list
 * then says how many changed.
 */
@Controller
class ArticleDeskController {

    private final ArticleDesk desk;
    private final ArticleLifecycle lifecycle;
    private final Writers writers;
    private final NewsroomChromes chromes;
    private final ArticleDeskPages pages;

    ArticleDeskController(ArticleDesk desk, ArticleLifecycle lifecycle, Writers writers, NewsroomChromes chromes,
                          ArticleDeskPages pages) {
        this.desk = desk;
        this.lifecycle = lifecycle;
        this.writers = writers;
        this.chromes = chromes;
        this.pages = pages;
    }

    @GetMapping(ArticleListAddress.PATH)
    ModelAndView showArticles(@ModelAttribute ArticleListAddress address,
                              @RequestParam(required = false) String done,
                              @RequestParam(required = false) Integer changed,
                              @RequestParam(required = false) Integer unchanged, Principal principal, CsrfToken csrf) {
        var writer = writers.of(principal);
        var listing = desk.list(writer, address.filter(), address.pageNumber());
        var notice = ArticleChange.named(done).map(change -> ArticleDeskPages.notice(change, changed, unchanged));
        var page = pages.build(chromes.chrome(principal, csrf, "articles"), writer, address, listing,
                notice.orElse(null));
        return new ModelAndView("newsroom/articles/list", JteViews.PAGE, page);
    }

    @PostMapping(ArticleListAddress.PATH + "bulk")
    ModelAndView applyToSelected(@RequestParam(required = false) List<Long> ids,
                                 @RequestParam(required = false) String action,
                                 @RequestParam(required = false) String status, Principal principal) {
        var change = ArticleChange.named(action);
        var back = new ArticleListAddress(status, null, null, null, null);
        if (change.isEmpty() || ids == null || ids.isEmpty()) {
            return NewsroomAdvice.seeOther(back.url(1));
        }
        var outcome = lifecycle.applyToEach(writers.of(principal), ids, change.get());
        String query = "done=" + change.get().word() + "&changed=" + outcome.changed() + "&unchanged="
                + outcome.unchanged();
        String url = back.url(1);
        return NewsroomAdvice.seeOther(url + (url.contains("?") ? "&" : "?") + query);
    }
}
