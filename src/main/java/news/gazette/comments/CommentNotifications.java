package news.gazette.comments;

import java.util.LinkedHashMap;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import news.gazette.accounts.Accounts;
import news.gazette.platform.Permalinks;
import news.gazette.platform.SiteSettings;
import news.gazette.platform.mail.Mailer;
import news.gazette.platform.mail.OutgoingMail;
import news.gazette.publishing.Article;
import news.gazette.publishing.Publishing;

/**
 * Emails about comments: the article's author hears of each new public comment, moderators of each comment held
 * for them, and a commenter who asked for it of each public reply, with a one-click way to stop. Mails are queued
 * in the comment's own transaction, so they go out only once it is committed, and never hold up the reader.
 */
@Component
class CommentNotifications {

    private static final Logger log = LoggerFactory.getLogger(CommentNotifications.class);

    private final CommentStore store;
    private final Publishing publishing;
    private final Accounts accounts;
    private final Mailer mailer;
    private final SiteSettings site;
    private final Permalinks permalinks;

    CommentNotifications(CommentStore store, Publishing publishing, Accounts accounts, Mailer mailer, SiteSettings site,
                         Permalinks permalinks) {
        this.store = store;
        this.publishing = publishing;
        this.accounts = accounts;
        this.mailer = mailer;
        this.site = site;
        this.permalinks = permalinks;
    }

    @EventListener
    void on(CommentPosted posted) {
        var comment = store.find(posted.commentId()).orElseThrow();
        var article = publishing.findPublicArticle(posted.articleId());
        if (article.isEmpty()) {
            return;
        }
        switch (posted.status()) {
            case APPROVED -> announcePublic(comment, article.get());
            case PENDING -> askModerators(comment, article.get());
            case SPAM, TRASH -> { }
        }
    }

    @EventListener
    void on(CommentModerated moderated) {
        if (moderated.after() == CommentStatus.APPROVED && moderated.before() != CommentStatus.APPROVED) {
            var comment = store.find(moderated.commentId());
            var article = publishing.findPublicArticle(moderated.articleId());
            if (comment.isPresent() && article.isPresent()) {
                tellSubscriberOfReply(comment.get(), article.get());
            }
        }
    }

    private void announcePublic(StoredComment comment, Article article) {
        accounts.emailOfAuthor(article.author().id())
                .filter(authorEmail -> !authorEmail.equalsIgnoreCase(comment.authorEmail()))
                .ifPresent(authorEmail -> send(new OutgoingMail(authorEmail,
                        "[" + site.title() + "] New comment on “" + article.title() + "”",
                        comment.authorName() + " commented on “" + article.title() + "”:\n\n" + comment.body()
                                + "\n\nSee it in its thread: " + link(article, comment) + "\n")));
        tellSubscriberOfReply(comment, article);
    }

    private void askModerators(StoredComment comment, Article article) {
        for (String moderator : accounts.moderatorEmails()) {
            send(new OutgoingMail(moderator,
                    "[" + site.title() + "] Please moderate: a comment on “" + article.title() + "”",
                    "A comment on “" + article.title() + "” is waiting for you.\n\nWhy it waits: "
                            + comment.heldReason() + "\nAuthor: " + comment.authorName() + " <" + comment.authorEmail()
                            + ">\nIP address: " + Optional.ofNullable(comment.authorIp()).orElse("unknown")
                            + "\n\n" + comment.body() + "\n\nArticle: " + link(article, null) + "\n"));
        }
    }

    private void tellSubscriberOfReply(StoredComment reply, Article article) {
        if (reply.parentId() == null) {
            return;
        }
        store.find(reply.parentId())
                .filter(parent -> parent.notifyReplies() && parent.unsubscribeToken() != null)
                .filter(parent -> !parent.authorEmail().equalsIgnoreCase(reply.authorEmail()))
                .ifPresent(parent -> {
                    String unsubscribe = site.absolute("/comments/unsubscribe/" + parent.unsubscribeToken() + "/");
                    var headers = new LinkedHashMap<String, String>();
                    headers.put("List-Unsubscribe", "<" + unsubscribe + ">");
                    headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
                    send(new OutgoingMail(parent.authorEmail(),
                            "[" + site.title() + "] " + reply.authorName() + " replied to your comment",
                            reply.authorName() + " replied to your comment on “" + article.title() + "”:\n\n"
                                    + reply.body() + "\n\nRead the thread: " + link(article, reply)
                                    + "\n\nTo stop these emails: " + unsubscribe + "\n", headers));
                });
    }

    private String link(Article article, StoredComment comment) {
        return permalinks.absolute(permalinks.article(article.publishedAt(), article.slug()))
                + (comment == null ? "" : "#comment-" + comment.id());
    }

    /** A bad address must not cost the reader their comment: the mail is skipped and the reason logged. */
    private void send(OutgoingMail mail) {
        try {
            mailer.send(mail);
        } catch (IllegalArgumentException e) {
            log.warn("Skipped a comment notification the mail system refused: {}", e.getMessage());
        }
    }

}
