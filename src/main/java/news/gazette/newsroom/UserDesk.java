package news.gazette.newsroom;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

import news.gazette.accounts.FieldErrors;
import news.gazette.accounts.Role;
import news.gazette.accounts.UserOutcome;
import news.gazette.accounts.Users;
import news.gazette.publishing.AuthorDesk;
import news.gazette.publishing.TermDraft;
import news.gazette.publishing.TermEntry;
import news.gazette.publishing.Writer;

/**
 * Adding and changing users together with the author profile they write under, which is the publishing module's:
 * an existing profile, none, or a new one in the user's name, made only once everything else in the form is right.
 * A role that writes no articles has no profile. All in one transaction: a profile is never left without its user.
 */
@Component
class UserDesk {

    private final Users users;
    private final AuthorDesk authors;
    private final Writers writers;

    UserDesk(Users users, AuthorDesk authors, Writers writers) {
        this.users = users;
        this.authors = authors;
        this.writers = writers;
    }

    @Transactional
    UserOutcome invite(Principal principal, UserForm form) {
        return save(principal, null, form);
    }

    @Transactional
    UserOutcome change(Principal principal, long id, UserForm form) {
        users.find(principal.getName(), id);
        return save(principal, id, form);
    }

    private UserOutcome save(Principal principal, Long id, UserForm form) {
        Writer writer = writers.of(principal);
        Long authorId = existingProfile(writer, form.author());
        var errors = new LinkedHashMap<>(users.check(id, form.draft(authorId)).byField());
        profileProblem(form, authorId).ifPresent(problem -> errors.put("author", problem));
        if (!errors.isEmpty()) {
            return UserOutcome.rejected(new FieldErrors(errors));
        }
        if (UserForm.NEW_PROFILE.equals(form.author())) {
            var profile = authors.save(writer, null, new TermDraft(form.displayName().strip(), "", ""));
            if (!profile.isDone()) {
                return UserOutcome.rejected(FieldErrors.of("author",
                        "There is an author profile with this name already: choose it from the list"));
            }
            authorId = profile.id();
        }
        var draft = form.draft(authorId);
        var outcome = id == null ? users.invite(principal.getName(), draft)
                : users.change(principal.getName(), id, draft);
        if (!outcome.isDone()) {
            // another administrator got there first: the profile made above goes too
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        }
        return outcome;
    }

    /** The id of the existing profile chosen; null for none, a new one, or one that is not in the list. */
    private Long existingProfile(Writer writer, String choice) {
        return authors.list(writer).stream().map(TermEntry::id).filter(id -> Long.toString(id).equals(choice))
                .findFirst().orElse(null);
    }

    private static Optional<String> profileProblem(UserForm form, Long authorId) {
        String choice = form.author();
        if (choice.isEmpty()) {
            return Optional.empty();
        }
        if (authorId == null && !UserForm.NEW_PROFILE.equals(choice)) {
            return Optional.of("Choose an author profile from the list");
        }
        Role role = form.chosenRole();
        if (role != null && !role.writesArticles()) {
            return Optional.of("A " + role.name().toLowerCase(Locale.ROOT)
                    + " writes no articles: choose “No author profile”");
        }
        return Optional.empty();
    }
}
