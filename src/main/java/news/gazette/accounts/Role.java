package news.gazette.accounts;

import java.util.Locale;

/** What an account may do, as in WordPress, plus a moderator who handles comments only. */
public enum Role {
    ADMINISTRATOR, EDITOR, AUTHOR, CONTRIBUTOR, MODERATOR;

    String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Role ofColumn(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }

    /** Whether this role works the comment moderation desk: administrators, editors and moderators do. */
    public boolean moderatesComments() {
        return this == ADMINISTRATOR || this == EDITOR || this == MODERATOR;
    }

    /** Whether this role writes articles in the newsroom: everyone but moderators. */
    public boolean writesArticles() {
        return this != MODERATOR;
    }

    /** Whether this role opens and changes anyone's articles, not only their own: administrators and editors. */
    public boolean editsAnyonesArticles() {
        return this == ADMINISTRATOR || this == EDITOR;
    }

    /** Whether this role publishes and schedules articles; contributors only submit theirs for review. */
    public boolean publishesArticles() {
        return this == ADMINISTRATOR || this == EDITOR || this == AUTHOR;
    }

    /** Whether this role manages categories, tags and everyone's author profiles: administrators and editors. */
    public boolean managesTaxonomy() {
        return this == ADMINISTRATOR || this == EDITOR;
    }

    /** Whether this role edits author profiles: administrators and editors anyone's, authors their own. */
    public boolean editsAuthorProfiles() {
        return managesTaxonomy() || this == AUTHOR;
    }

    /** Whether this role uploads images to the media library: administrators, editors and authors. */
    public boolean uploadsMedia() {
        return this == ADMINISTRATOR || this == EDITOR || this == AUTHOR;
    }

    /** Whether this role manages users: invites them, changes their roles, disables them. Administrators only. */
    public boolean managesUsers() {
        return this == ADMINISTRATOR;
    }

    /** Whether this role changes the site's settings (its name, the comment rules, the mail server): administrators. */
    public boolean changesSettings() {
        return this == ADMINISTRATOR;
    }

    /** The Spring Security authority for this role: "ROLE_EDITOR". */
    public String authority() {
        return "ROLE_" + name();
    }
}
