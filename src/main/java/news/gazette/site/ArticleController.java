package news.gazette.site;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;
import news.gazette.comments.Comments;
import news.gazette.platform.JteViews;
import news.gazette.publishing.Article;
import news.gazette.publishing.Publishing;

@Controller
class ArticleController {

    private final Publishing publishing;
    private final Comments comments;
    private final SiteChrome chrome;
    private final Permalinks permalinks;

    ArticleController(Publishing publishing, Comments comments, SiteChrome chrome, Permalinks permalinks) {
        this.publishing = publishing;
        this.comments = comments;
        this.chrome = chrome;
        this.permalinks = permalinks;
    }

    /**
     * The article at its permalink. A wrong date, or a slug the article had before, answers with a permanent
     * redirect to the canonical address, as WordPress does for old links.
     */
    @GetMapping("/{year:\\d{4}}/{month:\\d{1,2}}/{day:\\d{1,2}}/{slug}/")
    ModelAndView readArticle(@PathVariable String slug, HttpServletRequest request) {
        var found = publishing.findPublicArticle(slug);
        if (found.isEmpty()) {
            return publishing.currentSlugFor(slug)
                    .flatMap(publishing::findPublicArticle)
                    .map(moved -> Redirects.permanent(permalinks.article(moved.publishedAt(), moved.slug())))
                    .orElseThrow(PageNotFound::new);
        }
        Article article = found.get();
        String canonical = permalinks.article(article.publishedAt(), article.slug());
        if (!canonical.equals(request.getRequestURI())) {
            return Redirects.permanent(canonical);
        }
        var page = new ArticlePage(
                Head.of(article.title() + " – " + chrome.siteTitle(), article.excerpt(), permalinks.absolute(canonical)),
                chrome.masthead(), article.title(), chrome.dateline(article.publishedAt()),
                new Link(article.author().name(), permalinks.author(article.author().slug())),
                new Link(article.category().name(), permalinks.category(article.category().slug())),
                article.tags().stream().map(tag -> new Link(tag.name(), permalinks.tag(tag.slug()))).toList(),
                article.bodyHtml(), comments.countApproved(article.id()), article.commentsOpen());
        return new ModelAndView("site/article", JteViews.PAGE, page);
    }
}
