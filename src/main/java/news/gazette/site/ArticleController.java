package news.gazette.site;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;
import news.gazette.comments.Comments;
import news.gazette.platform.JteViews;
import news.gazette.platform.Permalinks;
import news.gazette.publishing.Article;
import news.gazette.publishing.Publishing;

@Controller
class ArticleController {

    private final Publishing publishing;
    private final Comments comments;
    private final ArticlePages pages;
    private final Permalinks permalinks;

    ArticleController(Publishing publishing, Comments comments, ArticlePages pages, Permalinks permalinks) {
        this.publishing = publishing;
        this.comments = comments;
        this.pages = pages;
        this.permalinks = permalinks;
    }

    /**
     * The article at its permalink, and the further pages of its comments. A wrong date, or a slug the article had
     * before, answers with a permanent redirect to the canonical address, as WordPress does for old links.
     */
    @GetMapping({"/{year:\\d{4}}/{month:\\d{1,2}}/{day:\\d{1,2}}/{slug}/",
            "/{year:\\d{4}}/{month:\\d{1,2}}/{day:\\d{1,2}}/{slug}/comment-page-{page:\\d{1,9}}/"})
    ModelAndView readArticle(@PathVariable String slug, @PathVariable(required = false) Integer page,
                             @RequestParam(name = "replytocom", required = false) String replyTo,
                             @RequestParam(name = "unapproved", required = false) String unapproved,
                             @RequestParam(name = "moderation-hash", required = false) String moderationHash,
                             @CookieValue(name = CommentCookie.NAME, required = false) String remembered,
                             HttpServletRequest request) {
        var found = publishing.findPublicArticle(slug);
        if (found.isEmpty()) {
            return publishing.currentSlugFor(slug)
                    .flatMap(publishing::findPublicArticle)
                    .map(moved -> Redirects.permanent(permalinks.article(moved.publishedAt(), moved.slug())))
                    .orElseThrow(PageNotFound::new);
        }
        Article article = found.get();
        String canonical = permalinks.article(article.publishedAt(), article.slug());
        int commentPage = page == null ? 1 : page;
        String expected = commentPage == 1 ? canonical : canonical + "comment-page-" + commentPage + "/";
        if (page != null && page == 1) {
            return Redirects.permanent(canonical);
        }
        if (!expected.equals(request.getRequestURI())) {
            return Redirects.permanent(expected);
        }
        Long parentId = replyTo != null && replyTo.matches("\\d{1,18}") ? Long.valueOf(replyTo) : null;
        var form = pages.blankForm(article, comments.remembered(remembered).orElse(null), parentId);
        var articlePage = pages.build(article, commentPage, comments.viewer(remembered, unapproved, moderationHash), form);
        if (articlePage == null) {
            throw new PageNotFound();
        }
        return new ModelAndView("site/article", JteViews.PAGE, articlePage);
    }
}
