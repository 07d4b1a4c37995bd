package news.gazette.distribution;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;

import com.rometools.rome.feed.module.DCModuleImpl;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import news.gazette.comments.Comment;
import news.gazette.comments.Comments;
import news.gazette.platform.SiteSettings;
import news.gazette.publishing.Article;
import news.gazette.publishing.Publishing;
import news.gazette.platform.Permalinks;

/**
 * RSS 2.0 feeds of approved comments, at WordPress's addresses: {@code /comments/feed/} for the whole site and
 * {@code /2022/01/22/slug/feed/} for one article. An entry names its author by name only; no email is ever in a feed.
 */
@Controller
class CommentFeedController {

    private static final int ENTRIES = 30;
    private static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");

    private final Comments comments;
    private final Publishing publishing;
    private final Permalinks permalinks;
    private final SiteSettings site;

    CommentFeedController(Comments comments, Publishing publishing, Permalinks permalinks, SiteSettings site) {
        this.comments = comments;
        this.publishing = publishing;
        this.permalinks = permalinks;
        this.site = site;
    }

    @GetMapping("/comments/feed/")
    ResponseEntity<String> showSiteComments() {
        var articles = new HashMap<Long, Optional<Article>>();
        List<SyndEntry> entries = new ArrayList<>();
        for (Comment comment : comments.latestApproved(ENTRIES)) {
            articles.computeIfAbsent(comment.articleId(), publishing::findPublicArticle)
                    .ifPresent(article -> entries.add(entry(comment, article)));
        }
        return rss(feed("Comments for " + site.title(), site.absolute("/"), site.absolute("/comments/feed/"),
                site.tagline(), entries));
    }

    @GetMapping("/{year:\\d{4}}/{month:\\d{2}}/{day:\\d{2}}/{slug}/feed/")
    ResponseEntity<String> showArticleComments(@PathVariable String slug) {
        var found = publishing.findPublicArticle(slug);
        if (found.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        Article article = found.get();
        String link = site.absolute(permalinks.article(article.publishedAt(), article.slug()));
        var entries = comments.latestApproved(article.id(), ENTRIES).stream().map(c -> entry(c, article)).toList();
        return rss(feed("Comments on: " + article.title(), link, link + "feed/", article.excerpt(), entries));
    }

    private SyndFeed feed(String title, String link, String self, String description, List<SyndEntry> entries) {
        var feed = new SyndFeedImpl();
        feed.setFeedType("rss_2.0");
        feed.setTitle(title);
        feed.setLink(link);
        feed.setUri(self);
        feed.setDescription(description.isBlank() ? title : description);
        feed.setLanguage(site.language());
        feed.setPublishedDate(entries.isEmpty() ? null : entries.getFirst().getPublishedDate());
        feed.setEntries(entries);
        return feed;
    }

    private SyndEntry entry(Comment comment, Article article) {
        var entry = new SyndEntryImpl();
        String link = site.absolute(permalinks.article(article.publishedAt(), article.slug())) + "#comment-" + comment.id();
        entry.setTitle("By: " + comment.authorName());
        entry.setLink(link);
        entry.setUri(link);
        entry.setPublishedDate(Date.from(comment.createdAt()));
        var creator = new DCModuleImpl();
        creator.setCreator(comment.authorName());
        entry.getModules().add(creator);
        var content = new SyndContentImpl();
        content.setType("text/html");
        content.setValue(comment.bodyHtml());
        entry.setDescription(content);
        return entry;
    }

    private static ResponseEntity<String> rss(SyndFeed feed) {
        try {
            return ResponseEntity.ok().contentType(RSS).body(new SyndFeedOutput().outputString(feed));
        } catch (FeedException e) {
            throw new IllegalStateException("Could not write the comment feed", e);
        }
    }
}
