package news.gazette.site;

import java.net.URI;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import news.gazette.comments.CommentStatus;
import news.gazette.comments.CommentSubmission;
import news.gazette.comments.CommentViewer;
import news.gazette.comments.Commenter;
import news.gazette.comments.Comments;
import news.gazette.comments.PostOutcome;
import news.gazette.platform.JteViews;
import news.gazette.platform.Permalinks;
import news.gazette.platform.SiteSettings;
import news.gazette.publishing.Publishing;

/**
 * Takes the "Leave a Reply" form. A comment that was stored sends the reader to it (303); anything else shows the
 * article again with the reader's text kept and each problem next to its field. Works the same with or without
 * JavaScript: the script posts the form itself and swaps in the comments section it gets back.
 */
@Controller
class CommentFormController {

    private final Comments comments;
    private final Publishing publishing;
    private final ArticlePages pages;
    private final Permalinks permalinks;
    private final SiteSettings site;

    CommentFormController(Comments comments, Publishing publishing, ArticlePages pages, Permalinks permalinks,
                          SiteSettings site) {
        this.comments = comments;
        this.publishing = publishing;
        this.pages = pages;
        this.permalinks = permalinks;
        this.site = site;
    }

    @PostMapping("/comments")
    ModelAndView postComment(@RequestParam(name = "comment_post_ID", required = false) String articleId,
                             @RequestParam(name = "comment_parent", required = false) String parentId,
                             @RequestParam(required = false) String comment,
                             @RequestParam(required = false) String author,
                             @RequestParam(required = false) String email,
                             @RequestParam(required = false) String url,
                             @RequestParam(name = "remember", required = false) String remember,
                             @RequestParam(name = "notify", required = false) String notifyReplies,
                             @RequestParam(required = false) String homepage,
                             @RequestParam(name = "form_token", required = false) String formToken,
                             HttpServletRequest request, HttpServletResponse response) {
        var form = new CommentForm(articleId, parentId, comment, author, email, url, remember, notifyReplies, homepage, formToken);
        var article = publishing.findPublicArticle(form.article()).orElseThrow(PageNotFound::new);
        if (!SameOrigin.allows(request, site)) {
            return again(article, form, null, "Your comment could not be sent from another site. Please post it from this page.",
                    HttpStatus.FORBIDDEN);
        }
        var outcome = comments.post(new CommentSubmission(article.id(), form.parent(), comment, author, email, url,
                form.notifies(), homepage, formToken, request.getRemoteAddr(), request.getHeader(HttpHeaders.USER_AGENT)));
        return switch (outcome) {
            case PostOutcome.Accepted accepted -> {
                response.addHeader(HttpHeaders.SET_COOKIE, form.remembers()
                        ? CommentCookie.set(comments.rememberToken(new Commenter(accepted.comment().authorName(),
                                email.strip(), accepted.comment().authorUrl())), site)
                        : CommentCookie.clear(site));
                yield seeOther(whereToSee(article.publishedAt(), article.slug(), accepted));
            }
            case PostOutcome.Invalid invalid -> again(article, form, invalid.fieldErrors(), null, HttpStatus.UNPROCESSABLE_CONTENT);
            case PostOutcome.Refused refused -> again(article, form, Map.of(), refused.message(), switch (refused.reason()) {
                case CLOSED -> HttpStatus.FORBIDDEN;
                case TOO_FAST -> HttpStatus.TOO_MANY_REQUESTS;
                case DUPLICATE -> HttpStatus.CONFLICT;
                case EXPIRED_FORM -> HttpStatus.UNPROCESSABLE_CONTENT;
            });
        };
    }

    private String whereToSee(java.time.Instant publishedAt, String slug, PostOutcome.Accepted accepted) {
        var comment = accepted.comment();
        String article = permalinks.article(publishedAt, slug);
        return switch (comment.status()) {
            case APPROVED -> article + "#comment-" + comment.id();
            case PENDING -> article + "?unapproved=" + comment.id() + "&moderation-hash="
                    + comments.moderationHash(comment.id()) + "#comment-" + comment.id();
            case SPAM, TRASH -> article + "#comments";
        };
    }

    /** The article again, with the form as the reader left it, under the first page of comments. */
    private ModelAndView again(news.gazette.publishing.Article article, CommentForm form, Map<String, String> errors,
                               String problem, HttpStatus status) {
        var state = new CommentFormState(article.id(), comments.formToken(article.id()), nullToEmpty(form.comment()),
                nullToEmpty(form.author()), nullToEmpty(form.email()), nullToEmpty(form.url()), form.remembers(),
                form.notifies(), form.parent(), null, errors == null ? Map.of() : errors, problem);
        var page = pages.build(article, 1, CommentViewer.ANONYMOUS, state);
        var view = new ModelAndView("site/article", JteViews.PAGE, page);
        view.setStatus(status);
        return view;
    }

    private static ModelAndView seeOther(String location) {
        var redirect = new RedirectView(URI.create(location).toString(), true);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        redirect.setExposeModelAttributes(false);
        return new ModelAndView(redirect);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
