package news.gazette.newsroom;

import java.security.Principal;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

import news.gazette.platform.JteViews;
import news.gazette.publishing.ArticleDesk;

/** The newsroom's list of articles: editors see everyone's, authors and contributors their own. */
@Controller
class ArticleDeskController {

    private final ArticleDesk desk;
    private final Writers writers;
    private final NewsroomChromes chromes;
    private final ArticleDeskPages pages;

    ArticleDeskController(ArticleDesk desk, Writers writers, NewsroomChromes chromes, ArticleDeskPages pages) {
        this.desk = desk;
        this.writers = writers;
        this.chromes = chromes;
        this.pages = pages;
    }

    @GetMapping(ArticleListAddress.PATH)
    ModelAndView showArticles(@ModelAttribute ArticleListAddress address, Principal principal, CsrfToken csrf) {
        var writer = writers.of(principal);
        var listing = desk.list(writer, address.filter(), address.pageNumber());
        var page = pages.build(chromes.chrome(principal, csrf, "articles"), writer, address, listing);
        return new ModelAndView("newsroom/articles/list", JteViews.PAGE, page);
    }
}
