package news.gazette.comments;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import news.gazette.comments.PostOutcome.Accepted;
import news.gazette.comments.PostOutcome.Invalid;
import news.gazette.comments.PostOutcome.Refusal;
import news.gazette.comments.PostOutcome.Refused;
import news.gazette.comments.spam.CommentText;
import news.gazette.comments.spam.SpamFilter;
import news.gazette.comments.spam.SpamVerdict;
import news.gazette.platform.SiteKeys;
import news.gazette.publishing.Article;
import news.gazette.publishing.Publishing;

/**
 * The comments module's front door, for the article page's form and any other way comments arrive.
 * {@link #post} checks every field, applies the moderation rules and stores the comment, or says what is wrong;
 * it never throws for bad input. Threads show approved comments, and a viewer's own comments awaiting moderation.
 * Nothing returned from here carries a commenter's email or IP address.
 */
@Service
public class Comments {

    private static final String REMEMBER = "commenter";
    private static final String MODERATION_LINK = "moderation-link";
    private static final String AVATAR = "avatar";

    private final CommentStore store;
    private final Publishing publishing;
    private final CommentSettings settings;
    private final CommentRules rules;
    private final PostingLimits limits;
    private final CommentBlocks blocks;
    private final SpamFilter spamFilter;
    private final SiteKeys keys;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    Comments(CommentStore store, Publishing publishing, CommentSettings settings, PostingLimits limits,
             CommentBlocks blocks, SpamFilter spamFilter, SiteKeys keys, Clock clock, ApplicationEventPublisher events,
             TransactionTemplate transactions) {
        this.spamFilter = spamFilter;
        this.transactions = transactions;
        this.store = store;
        this.publishing = publishing;
        this.settings = settings;
        this.rules = new CommentRules(settings);
        this.limits = limits;
        this.blocks = blocks;
        this.keys = keys;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Everything that only reads happens first, outside any transaction; the write transaction holds only the
     * duplicate check, the insert and what the insert sets off (the moderation record, queued mail). On SQLite one
     * transaction writes at a time, so the shorter it is, the more comments a second the site takes.
     */
    public PostOutcome post(CommentSubmission submission) {
        Instant now = clock.instant();
        Optional<Article> article = publishing.findPublicArticle(submission.articleId());
        if (article.isEmpty() || !isOpen(article.get())) {
            return new Refused(Refusal.CLOSED, "Comments are closed on this article.");
        }
        var fields = CommentFields.cleaned(submission);
        Map<String, String> errors = fields.errors();
        if (!errors.isEmpty()) {
            return new Invalid(errors);
        }
        Optional<StoredComment> parent = Optional.empty();
        if (submission.parentId() != null) {
            parent = store.find(submission.parentId())
                    .filter(p -> p.articleId() == submission.articleId() && p.status() == CommentStatus.APPROVED);
            if (parent.isEmpty()) {
                return new Refused(Refusal.CLOSED, "The comment you replied to is no longer there; your reply was not posted.");
            }
        }
        var formCheck = FormToken.check(keys, submission.formToken(), submission.articleId(), now,
                settings.minimumFillTime());
        if (formCheck == FormToken.Check.INVALID) {
            return new Refused(Refusal.EXPIRED_FORM,
                    "This comment form has expired. Your comment is still here: please send it again.");
        }
        if (!limits.tryPost(submission.ipAddress()) || isFlooding(submission.ipAddress(), fields.email(), now)) {
            return new Refused(Refusal.TOO_FAST, "You are posting comments too quickly. Please wait a moment and send it again.");
        }
        if (store.isDuplicate(submission.articleId(), fields.email(), fields.body())) {
            return new Refused(Refusal.DUPLICATE, "You have already posted this comment.");
        }
        Optional<String> robotTrace = submission.honeypot() != null && !submission.honeypot().isBlank()
                ? Optional.of("Filled in the field hidden from people")
                : formCheck == FormToken.Check.TOO_QUICK
                        ? Optional.of("Sent less than " + settings.minimumFillTime().toSeconds() + " s after the form was shown")
                        : Optional.empty();
        SpamVerdict verdict = spamFilter.assess(new CommentText(fields.body(), fields.name(), fields.email(),
                fields.website(), submission.userAgent()));
        Optional<String> likelySpam = verdict.likelySpam()
                ? Optional.of("Likely spam (%.0f%%): %s".formatted(verdict.spamProbability() * 100,
                        String.join("; ", verdict.reasons())))
                : Optional.empty();
        var judgement = blocks.reasonToReject(fields.email(), submission.ipAddress())
                .map(blocked -> new CommentRules.Judgement(CommentStatus.SPAM, blocked))
                .orElseGet(() -> rules.judge(fields, submission.ipAddress(), submission.userAgent(), robotTrace,
                        likelySpam, store.hasApprovedCommentFrom(fields.email())));
        Long parentId = parent.map(StoredComment::id).orElse(null);
        String bodyHtml = CommentBody.toHtml(fields.body());
        String unsubscribeToken = submission.notifyReplies() ? keys.randomToken() : null;
        Long id = transactions.execute(transaction -> {
            // checked again inside the write transaction: two identical posts at once must not both get in
            if (store.isDuplicate(submission.articleId(), fields.email(), fields.body())) {
                return null;
            }
            long stored = store.insert(submission.articleId(), parentId, fields.name(), fields.email(),
                    fields.website(), submission.ipAddress(), clip(submission.userAgent()), fields.body(), bodyHtml,
                    judgement.status(), judgement.reason(), verdict.spamProbability(), submission.notifyReplies(),
                    unsubscribeToken, now);
            if (judgement.status() != CommentStatus.APPROVED) {
                store.recordModeration(stored, judgement.status().column(), "Gazette", judgement.reason(), now);
            }
            events.publishEvent(new CommentPosted(stored, submission.articleId(), parentId, judgement.status()));
            return stored;
        });
        if (id == null) {
            return new Refused(Refusal.DUPLICATE, "You have already posted this comment.");
        }
        return new Accepted(new Comment(id, submission.articleId(), parentId, fields.name(), fields.website(),
                avatarKey(fields.email()), bodyHtml, judgement.status(), now));
    }

    /**
     * Page {@code page} of an article's thread as {@code viewer} may see it. A page past the last is empty;
     * replies always sit under their parent, nested up to the configured depth.
     */
    public CommentThread thread(long articleId, int page, CommentViewer viewer) {
        List<StoredComment> visible = store.visibleOn(articleId, viewer.email(), viewer.commentId());
        long approved = visible.stream().filter(c -> c.status() == CommentStatus.APPROVED).count();
        Map<Long, List<StoredComment>> children = new HashMap<>();
        List<StoredComment> topLevel = new ArrayList<>();
        var ids = visible.stream().map(StoredComment::id).collect(java.util.stream.Collectors.toSet());
        for (StoredComment comment : visible) {
            if (comment.parentId() != null && ids.contains(comment.parentId())) {
                children.computeIfAbsent(comment.parentId(), key -> new ArrayList<>()).add(comment);
            } else {
                topLevel.add(comment);
            }
        }
        int totalPages = Math.max(1, (topLevel.size() + settings.perPage() - 1) / settings.perPage());
        int from = (page - 1) * settings.perPage();
        List<ThreadedComment> shown = page < 1 || from >= topLevel.size() ? List.of()
                : topLevel.subList(from, Math.min(topLevel.size(), from + settings.perPage())).stream()
                        .map(comment -> threaded(comment, 1, children))
                        .toList();
        return new CommentThread(shown, page, totalPages, approved);
    }

    /** The newest approved comments of the whole site, newest first. */
    public List<Comment> latestApproved(int limit) {
        return store.latestApproved(null, limit).stream().map(this::publicView).toList();
    }

    /** The newest approved comments on one article, newest first. */
    public List<Comment> latestApproved(long articleId, int limit) {
        return store.latestApproved(articleId, limit).stream().map(this::publicView).toList();
    }

    public long countApproved(long articleId) {
        return store.countApproved(List.of(articleId)).getOrDefault(articleId, 0L);
    }

    /** Approved comment counts for each article; articles without comments map to 0. */
    public Map<Long, Long> countApproved(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        var counts = new HashMap<Long, Long>();
        articleIds.forEach(id -> counts.put(id, 0L));
        counts.putAll(store.countApproved(articleIds));
        return counts;
    }

    /** Whether readers may comment on this article now: the editor left comments open and it is not too old. */
    public boolean isOpen(Article article) {
        if (!article.commentsOpen()) {
            return false;
        }
        return settings.closeAfter().isZero() || article.publishedAt().plus(settings.closeAfter()).isAfter(clock.instant());
    }

    /** The token to serve with an article's comment form. */
    public String formToken(long articleId) {
        return FormToken.issue(keys, articleId, clock.instant());
    }

    /** The signed value of a "remember me" cookie for this commenter. */
    public String rememberToken(Commenter commenter) {
        String fields = String.join("\u0000", commenter.name(), commenter.email(), commenter.website());
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(fields.getBytes(StandardCharsets.UTF_8));
        return encoded + "." + keys.hash(REMEMBER, encoded);
    }

    /** The commenter a "remember me" cookie names, if the site signed it. */
    public Optional<Commenter> remembered(String token) {
        if (token == null || token.length() > 2_000) {
            return Optional.empty();
        }
        int dot = token.lastIndexOf('.');
        if (dot < 0 || !keys.verify(REMEMBER, token.substring(0, dot), token.substring(dot + 1))) {
            return Optional.empty();
        }
        try {
            String[] fields = new String(Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8)
                    .split("\u0000", -1);
            return fields.length == 3 ? Optional.of(new Commenter(fields[0], fields[1], fields[2])) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The signature that lets the author of a comment awaiting moderation see it through a link. */
    public String moderationHash(long commentId) {
        return keys.hash(MODERATION_LINK, Long.toString(commentId));
    }

    /** Who a reader is, from their "remember me" cookie and a moderation link's id and signature, each optional. */
    public CommentViewer viewer(String rememberCookie, String unapprovedId, String moderationHash) {
        // comments are stored under the lower-cased address; the cookie keeps it as the reader typed it
        String email = remembered(rememberCookie).map(Commenter::email)
                .map(typed -> typed.toLowerCase(java.util.Locale.ROOT)).orElse(null);
        long commentId = 0;
        if (unapprovedId != null && unapprovedId.matches("\\d{1,18}")
                && keys.verify(MODERATION_LINK, unapprovedId, moderationHash)) {
            commentId = Long.parseLong(unapprovedId);
        }
        return email == null && commentId == 0 ? CommentViewer.ANONYMOUS : new CommentViewer(email, commentId);
    }

    /** Ends reply notifications for the comment an unsubscribe link names; false if the link is unknown or spent. */
    @Transactional
    public boolean unsubscribe(String token) {
        return token != null && token.length() <= 64 && store.unsubscribe(token);
    }

    /** The name of a commenter's generated avatar: a keyed hash of the email that does not reveal it. */
    String avatarKey(String email) {
        return keys.hash(AVATAR, email.toLowerCase(java.util.Locale.ROOT)).substring(0, 22);
    }

    /** What the spam filter reads of a stored comment. */
    static CommentText spamText(StoredComment comment) {
        return new CommentText(comment.body(), comment.authorName(), comment.authorEmail(), comment.authorUrl(),
                comment.userAgent());
    }

    Comment publicView(StoredComment stored) {
        return new Comment(stored.id(), stored.articleId(), stored.parentId(), stored.authorName(), stored.authorUrl(),
                avatarKey(stored.authorEmail()), stored.bodyHtml(), stored.status(), stored.createdAt());
    }

    private ThreadedComment threaded(StoredComment comment, int depth, Map<Long, List<StoredComment>> children) {
        int childDepth = Math.min(depth + 1, settings.threadDepth());
        var replies = children.getOrDefault(comment.id(), List.of()).stream()
                .map(child -> threaded(child, childDepth, children))
                .toList();
        boolean canReply = depth < settings.threadDepth() && comment.status() == CommentStatus.APPROVED;
        return new ThreadedComment(publicView(comment), depth, canReply, replies);
    }

    private boolean isFlooding(String ip, String email, Instant now) {
        if (settings.flood().isZero()) {
            return false;
        }
        return store.hasCommentedSince(ip, email, now.minus(settings.flood()));
    }

    private static String clip(String userAgent) {
        return userAgent == null ? null : userAgent.substring(0, Math.min(userAgent.length(), 500));
    }
}
