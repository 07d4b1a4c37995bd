package news.gazette.newsroom;

import java.util.Arrays;
import java.util.Locale;

import news.gazette.accounts.Role;
import news.gazette.accounts.User;
import news.gazette.accounts.UserDraft;

/**
 * What the add and edit user forms post. {@code role} is a role's name in lower case; {@code author} is an author
 * profile's id, {@link #NEW_PROFILE} for a new profile in the user's name, or empty for none.
 */
public record UserForm(String email, String displayName, String role, String author) {

    static final String NEW_PROFILE = "new";
    static final UserForm EMPTY = new UserForm("", "", "", "");

    static UserForm of(User user) {
        return new UserForm(user.email(), user.displayName(), user.role().name().toLowerCase(Locale.ROOT),
                user.authorId() == null ? "" : user.authorId().toString());
    }

    /** The chosen role, or null when none (or no real one) was chosen. */
    Role chosenRole() {
        return roleNamed(role());
    }

    /** The role named {@code name} ("editor"), or null when none is. */
    static Role roleNamed(String name) {
        return name == null ? null : Arrays.stream(Role.values()).filter(r -> r.name().equalsIgnoreCase(name.strip()))
                .findFirst().orElse(null);
    }

    UserDraft draft(Long authorId) {
        return new UserDraft(email(), displayName(), chosenRole(), authorId);
    }

    public String email() {
        return email == null ? "" : email;
    }

    public String displayName() {
        return displayName == null ? "" : displayName;
    }

    public String role() {
        return role == null ? "" : role;
    }

    public String author() {
        return author == null ? "" : author.strip();
    }
}
