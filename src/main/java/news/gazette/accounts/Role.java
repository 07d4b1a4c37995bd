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

    /** The Spring Security authority for this role: "ROLE_EDITOR". */
    public String authority() {
        return "ROLE_" + name();
    }
}
