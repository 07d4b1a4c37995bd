package news.gazette.publishing;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import news.gazette.media.Media;
import news.gazette.platform.SiteSettings;

/**
 * Checks an editor's draft field by field and works out what to store: its slug, author, category, time and featured
 * image, which must be in the media library.
 */
@Component
class DraftCheck {

    static final int MAX_TITLE = 300;

    /** What the draft resolves to; the values are meaningless unless {@code errors} is empty. */
    record Checked(String slug, long authorId, long categoryId, Instant publishAt, Map<String, String> errors) {
    }

    private final PublishingStore store;
    private final SiteSettings site;
    private final Media media;

    DraftCheck(PublishingStore store, SiteSettings site, Media media) {
        this.store = store;
        this.site = site;
        this.media = media;
    }

    /** Whether the media library has an image with this id. */
    boolean inLibrary(long imageId) {
        return media.find(imageId).isPresent();
    }

    /** {@code current} is the article as stored, or null for a new one. */
    Checked check(ArticleDraft draft, EditorAction action, Manuscript current, Writer writer, Instant now) {
        var errors = new LinkedHashMap<String, String>();
        String title = draft.title() == null ? "" : draft.title().strip();
        if (title.isEmpty()) {
            errors.put("title", "Enter a title");
        } else if (title.length() > MAX_TITLE) {
            errors.put("title", "Keep the title to " + MAX_TITLE + " characters");
        }
        String slug = slug(draft.slug(), title, current, errors);
        if (draft.categoryId() == null || store.findCategory(draft.categoryId()).isEmpty()) {
            errors.put("categoryId", "Choose a category");
        }
        Long authorId = authorOf(draft, current, writer);
        if (authorId == null || store.findAuthor(authorId).isEmpty()) {
            errors.put("authorId", writer.editsAnyone() ? "Choose an author"
                    : "Your account has no author profile: ask an administrator to link one");
        }
        if (draft.featuredImageId() != null && !inLibrary(draft.featuredImageId())) {
            errors.put("featuredImageId", "The featured image chosen is not in the media library: choose another, "
                    + "or no featured image");
        }
        Instant publishAt = action == EditorAction.SCHEDULE ? publishAt(draft.publishAt(), now, errors) : null;
        return new Checked(slug, authorId == null ? 0 : authorId, draft.categoryId() == null ? 0 : draft.categoryId(),
                publishAt, errors);
    }

    private String slug(String typed, String title, Manuscript current, Map<String, String> errors) {
        String slug = typed == null ? "" : typed.strip();
        if (slug.isEmpty()) {
            String base = Slug.of(title, "article");
            var taken = new ArrayList<>(store.articleSlugsLike(base));
            if (current != null) {
                taken.remove(current.slug());
            }
            return Slug.unique(base, taken);
        }
        if (!Slug.isWellFormed(slug) || slug.length() > Slug.MAX_LENGTH) {
            errors.put("slug", "Use only lower-case letters, digits and single hyphens in the slug, like “election-night”");
        } else if (store.articleSlugTaken(slug, current == null ? null : current.id())) {
            errors.put("slug", "Another article already has the slug “" + slug + "”: choose another");
        }
        return slug;
    }

    /** Editors choose the author; everyone else writes under their own profile, or keeps the article's. */
    private static Long authorOf(ArticleDraft draft, Manuscript current, Writer writer) {
        if (writer.editsAnyone() && draft.authorId() != null) {
            return draft.authorId();
        }
        return current != null ? Long.valueOf(current.authorId()) : writer.authorId();
    }

    private Instant publishAt(String typed, Instant now, Map<String, String> errors) {
        if (typed == null || typed.isBlank()) {
            errors.put("publishAt", "Enter the date and time to publish at");
            return null;
        }
        Instant at;
        try {
            at = LocalDateTime.parse(typed.strip()).atZone(site.zone()).toInstant();
        } catch (DateTimeParseException e) {
            errors.put("publishAt", "Enter the date and time like 2026-11-25 09:30");
            return null;
        }
        if (!at.isAfter(now)) {
            errors.put("publishAt", "Choose a time in the future, or publish now");
        }
        return at;
    }
}
