package news.gazette.site;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import news.gazette.comments.CommentThread;
import news.gazette.comments.CommentViewer;
import news.gazette.comments.Commenter;
import news.gazette.comments.Comments;
import news.gazette.comments.ThreadedComment;
import news.gazette.media.Media;
import news.gazette.publishing.Article;
import news.gazette.platform.Permalinks;

/**
 * Builds an article page: the article with its featured image, one page of its comments as this reader may see them,
 * and the form.
 */
@Component
class ArticlePages {

    private final Comments comments;
    private final Media media;
    private final SiteChrome chrome;
    private final Permalinks permalinks;

    ArticlePages(Comments comments, Media media, SiteChrome chrome, Permalinks permalinks) {
        this.comments = comments;
        this.media = media;
        this.chrome = chrome;
        this.permalinks = permalinks;
    }

    /** A fresh form, filled with what the reader asked the site to remember. */
    CommentFormState blankForm(Article article, Commenter remembered, Long parentId) {
        return new CommentFormState(article.id(), comments.formToken(article.id()), "",
                remembered == null ? "" : remembered.name(), remembered == null ? "" : remembered.email(),
                remembered == null ? "" : remembered.website(), remembered != null, false, parentId, null, Map.of(), null);
    }

    /** {@code null} when the thread has no such page. */
    ArticlePage build(Article article, int commentPage, CommentViewer viewer, CommentFormState form) {
        String canonical = permalinks.article(article.publishedAt(), article.slug());
        CommentThread thread = comments.thread(article.id(), commentPage, viewer);
        if (commentPage > thread.totalPages()) {
            return null;
        }
        String base = canonical;
        String pagePath = commentPage == 1 ? canonical : canonical + "comment-page-" + commentPage + "/";
        var pages = new Pagination(commentPage, thread.totalPages(),
                commentPage > 1 ? commentPageUrl(base, commentPage - 1) + "#comments" : null,
                commentPage < thread.totalPages() ? commentPageUrl(base, commentPage + 1) + "#comments" : null);
        List<CommentView> views = thread.comments().stream().map(c -> view(c, pagePath)).toList();
        CommentFormState shownForm = comments.isOpen(article) ? withReplyName(form, thread) : null;
        return new ArticlePage(
                Head.of(article.title() + " – " + chrome.siteTitle(), article.excerpt(), permalinks.absolute(pagePath)),
                chrome.masthead(), article.title(), chrome.dateline(article.publishedAt()),
                new Link(article.author().name(), permalinks.author(article.author().slug())),
                new Link(article.category().name(), permalinks.category(article.category().slug())),
                article.tags().stream().map(tag -> new Link(tag.name(), permalinks.tag(tag.slug()))).toList(),
                featuredImage(article), article.bodyHtml(), thread.approvedCount(), views, pages, shownForm);
    }

    private FeaturedImage featuredImage(Article article) {
        if (article.featuredImageId() == null) {
            return null;
        }
        return media.find(article.featuredImageId()).map(FeaturedImage::aboveArticle).orElse(null);
    }

    private static String commentPageUrl(String base, int page) {
        return page == 1 ? base : base + "comment-page-" + page + "/";
    }

    private CommentView view(ThreadedComment threaded, String pagePath) {
        var comment = threaded.comment();
        return new CommentView(comment.id(), comment.authorName(), comment.authorUrl(),
                "/avatar/" + comment.avatarKey() + ".svg", chrome.dateline(comment.createdAt()), comment.bodyHtml(),
                comment.isAwaitingModeration(), threaded.canReply(),
                pagePath + "?replytocom=" + comment.id() + "#respond", threaded.depth(),
                threaded.replies().stream().map(reply -> view(reply, pagePath)).toList());
    }

    private static CommentFormState withReplyName(CommentFormState form, CommentThread thread) {
        if (form.parentId() == null) {
            return form;
        }
        String name = find(thread.comments(), form.parentId());
        return new CommentFormState(form.articleId(), form.formToken(), form.comment(), form.author(), form.email(),
                form.url(), form.remember(), form.notifyReplies(), name == null ? null : form.parentId(), name, form.errors(),
                form.problem());
    }

    private static String find(List<ThreadedComment> comments, long id) {
        for (var threaded : comments) {
            if (threaded.comment().id() == id) {
                return threaded.canReply() ? threaded.comment().authorName() : null;
            }
            String found = find(threaded.replies(), id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
