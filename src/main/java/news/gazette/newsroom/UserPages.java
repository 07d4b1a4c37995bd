package news.gazette.newsroom;

import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

import news.gazette.accounts.FieldErrors;
import news.gazette.accounts.Role;
import news.gazette.accounts.User;
import news.gazette.accounts.Users;
import news.gazette.newsroom.EditorPage.Choice;
import news.gazette.platform.SiteSettings;
import news.gazette.publishing.AuthorDesk;
import news.gazette.publishing.TermEntry;

/** Words and choices of the users pages: role names, author profiles, dates in the site's zone, what was done. */
@Component
class UserPages {

    static final String LIST = "/newsroom/users/";

    private final Users users;
    private final AuthorDesk authors;
    private final Writers writers;
    private final NewsroomChromes chromes;
    private final SiteSettings site;

    UserPages(Users users, AuthorDesk authors, Writers writers, NewsroomChromes chromes, SiteSettings site) {
        this.users = users;
        this.authors = authors;
        this.writers = writers;
        this.chromes = chromes;
        this.site = site;
    }

    static String label(Role role) {
        String name = role.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    UserListPage list(Principal principal, CsrfToken csrf, Role role, String notice) {
        String actor = principal.getName();
        var counts = users.countByRole(actor);
        long all = counts.values().stream().mapToLong(Long::longValue).sum();
        var filters = new ArrayList<UserListPage.Filter>();
        filters.add(new UserListPage.Filter("All (" + all + ")", LIST, role == null));
        counts.forEach((each, count) -> filters.add(new UserListPage.Filter(label(each) + "s (" + count + ")",
                LIST + "?role=" + each.name().toLowerCase(Locale.ROOT), each == role)));
        var names = authorNames(principal);
        var rows = users.list(actor, role).stream().map(user -> row(user, names)).toList();
        String summary = rows.size() == 1 ? "1 user" : rows.size() + " users";
        return new UserListPage(chromes.chrome(principal, csrf, "users"), filters, rows, summary, notice);
    }

    UserFormPage newUser(Principal principal, CsrfToken csrf, UserForm form, FieldErrors errors) {
        return new UserFormPage(chromes.chrome(principal, csrf, "users"), "Add a user", LIST + "new",
                "Add user and send invitation", form, roles(form), authors(principal), errors, null, null, null);
    }

    UserFormPage edit(Principal principal, CsrfToken csrf, User user, UserForm form, FieldErrors errors,
                      String problem, String notice) {
        var account = chromes.account(principal);
        var access = new UserFormPage.Access(LIST + user.id(), user.email(), lastSignIn(user), user.twoFactorOn(),
                user.isDisabled(), user.awaitsFirstSignIn() ? "Send a new invitation" : "Send password reset link",
                account.id() == user.id());
        return new UserFormPage(chromes.chrome(principal, csrf, "users"), "Edit user: " + user.displayName(),
                LIST + user.id() + "/edit", "Save changes", form, roles(form), authors(principal), errors, problem,
                notice, access);
    }

    /** What the edit page says after {@code done}, or null for a word it does not know. */
    static String notice(String done, User user) {
        if (done == null) {
            return null;
        }
        return switch (done) {
            case "invited" -> "Added " + user.displayName() + " and sent an invitation to " + user.email() + ".";
            case "saved" -> "Saved.";
            case "link" -> (user.awaitsFirstSignIn() ? "Sent a new invitation to " : "Sent a password reset link to ")
                    + user.email() + ".";
            case "disabled" -> user.displayName() + " is disabled: they cannot sign in, and their sessions have ended.";
            case "enabled" -> user.displayName() + " can sign in again.";
            case "two-factor" -> "Two-factor sign-in is off for " + user.displayName()
                    + ": their password alone signs them in until they turn it on again.";
            default -> null;
        };
    }

    private UserListPage.Row row(User user, Map<Long, String> authorNames) {
        String author = user.authorId() == null ? null : authorNames.get(user.authorId());
        return new UserListPage.Row(user.displayName(), LIST + user.id() + "/edit", user.email(), label(user.role()),
                user.twoFactorOn() ? "On" : "Off", lastSignIn(user), user.isDisabled() ? "Disabled" : "Active", author,
                author == null ? null : "/newsroom/authors/" + user.authorId() + "/edit");
    }

    private String lastSignIn(User user) {
        if (user.lastSignInAt() != null) {
            return when(user.lastSignInAt());
        }
        return user.invitedAt() == null ? "Never" : "Never (invited " + when(user.invitedAt()) + ")";
    }

    private String when(Instant at) {
        return site.formatDate(at) + " at " + site.formatTime(at);
    }

    private static List<Choice> roles(UserForm form) {
        var roles = new ArrayList<Choice>();
        if (form.chosenRole() == null) {
            roles.add(new Choice("", "Choose a role"));
        }
        for (Role role : Role.values()) {
            roles.add(new Choice(role.name().toLowerCase(Locale.ROOT), label(role)));
        }
        return roles;
    }

    private List<Choice> authors(Principal principal) {
        var choices = new ArrayList<Choice>(List.of(new Choice("", "No author profile"),
                new Choice(UserForm.NEW_PROFILE, "Create a profile with this name")));
        authors.list(writers.of(principal)).forEach(a -> choices.add(new Choice(Long.toString(a.id()), a.name())));
        return choices;
    }

    private Map<Long, String> authorNames(Principal principal) {
        return authors.list(writers.of(principal)).stream().collect(Collectors.toMap(TermEntry::id, TermEntry::name));
    }
}
