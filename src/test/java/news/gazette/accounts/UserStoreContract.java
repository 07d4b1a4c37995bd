package news.gazette.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the users pages' store promises, and what disabling does to signing in, on the subclass's database. */
abstract class UserStoreContract {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    @Autowired
    UserStore users;

    @Autowired
    AccountStore accounts;

    @Autowired
    Accounts front;

    String email(String name) {
        return name + "-" + UUID.randomUUID() + "@news.example.com";
    }

    long account(String email, String name, Role role, Long authorId) {
        return front.create(email, name, "correct horse battery", role, authorId).id();
    }

    @Test
    void listsEveryUserByNameDisabledOnesTooOrThoseOfOneRole() {
        var before = users.countByRole();
        long zed = account(email("zed"), "Zed Zimmer", Role.CONTRIBUTOR, null);
        long amy = account(email("amy"), "amy Archer", Role.CONTRIBUTOR, null);
        long bob = account(email("bob"), "Bob Baker", Role.MODERATOR, null);
        users.disable(zed, NOW);

        var contributors = users.list(Role.CONTRIBUTOR).stream().map(User::id).toList();
        assertThat(contributors).as("by name, whatever the case").containsSubsequence(amy, zed).doesNotContain(bob);
        assertThat(users.list(null).stream().map(User::id).toList()).contains(amy, bob, zed);

        var after = users.countByRole();
        assertThat(after.get(Role.CONTRIBUTOR)).isEqualTo(before.getOrDefault(Role.CONTRIBUTOR, 0L) + 2);
        assertThat(after.get(Role.MODERATOR)).isEqualTo(before.getOrDefault(Role.MODERATOR, 0L) + 1);
    }

    @Test
    void findsAUserWithWhatTheUsersPagesShow() {
        String email = email("cleo");
        long id = account(email, "Cleo Cruz", Role.AUTHOR, 41L);
        var fresh = users.find(id).orElseThrow();
        assertThat(fresh).isEqualTo(new User(id, email, "Cleo Cruz", Role.AUTHOR, false, 41L, null, null, null));

        accounts.setTotp(id, "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", 7);
        accounts.recordSignIn(id, NOW);
        users.markInvited(id, NOW.minus(Duration.ofDays(1)));
        var later = users.find(id).orElseThrow();
        assertThat(later.twoFactorOn()).isTrue();
        assertThat(later.lastSignInAt()).isEqualTo(NOW);
        assertThat(later.invitedAt()).isEqualTo(NOW.minus(Duration.ofDays(1)));
        assertThat(later.awaitsFirstSignIn()).isFalse();
        assertThat(users.find(Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void anInvitedUserHasTheGivenHashAndAwaitsTheFirstSignIn() {
        String email = email("ivo");
        long id = users.insertInvited(email, "Ivo Ilic", Role.EDITOR, null, "unusable-hash", NOW);

        var invited = users.find(id).orElseThrow();
        assertThat(invited.invitedAt()).isEqualTo(NOW);
        assertThat(invited.awaitsFirstSignIn()).isTrue();
        assertThat(accounts.findCredentials(email).orElseThrow().passwordHash()).isEqualTo("unusable-hash");
        assertThat(accounts.emailTaken(email)).isTrue();
    }

    @Test
    void changesNameRoleAndAuthorProfile() {
        long id = account(email("dan"), "Dan", Role.CONTRIBUTOR, 5L);
        users.update(id, "Dan Duarte", Role.EDITOR, null);
        var changed = users.find(id).orElseThrow();
        assertThat(changed.displayName()).isEqualTo("Dan Duarte");
        assertThat(changed.role()).isEqualTo(Role.EDITOR);
        assertThat(changed.authorId()).isNull();
        users.update(id, "Dan Duarte", Role.AUTHOR, 6L);
        assertThat(users.find(id).orElseThrow().authorId()).isEqualTo(6L);
    }

    @Test
    void aDisabledAccountHasNoCredentialsAndEnablingItKeepsItsOldSessionsEnded() {
        String email = email("eve");
        long id = account(email, "Eve", Role.MODERATOR, 77L);
        accounts.insertResetToken("hash-" + email, id, NOW.plus(Duration.ofHours(1)), NOW);
        long generation = accounts.findCredentials(email).orElseThrow().sessionGeneration();

        assertThat(users.disable(id, NOW)).isTrue();
        assertThat(users.disable(id, NOW.plusSeconds(1))).as("disabled already").isFalse();
        assertThat(users.find(id).orElseThrow().disabledAt()).isEqualTo(NOW);
        assertThat(accounts.findCredentials(email)).isEmpty();
        assertThat(accounts.findCredentials(id)).isEmpty();
        assertThat(accounts.findByResetToken("hash-" + email, NOW)).isEmpty();
        assertThat(accounts.emailsWithRoles(List.of(Role.MODERATOR))).doesNotContain(email);
        assertThat(accounts.emailOfAuthor(77L)).isEmpty();
        assertThat(accounts.emailTaken(email)).as("the address stays taken").isTrue();
        assertThat(users.accountsOfAuthor(77L)).as("and the profile").containsExactly(id);

        assertThat(users.enable(id)).isTrue();
        assertThat(users.enable(id)).as("active already").isFalse();
        assertThat(users.find(id).orElseThrow().isDisabled()).isFalse();
        assertThat(accounts.findCredentials(email).orElseThrow().sessionGeneration()).isEqualTo(generation + 1);
        assertThat(accounts.emailsWithRoles(List.of(Role.MODERATOR))).contains(email);
    }

    @Test
    void countsActiveAdministratorsOnly() {
        int before = users.lockActiveAdministrators();
        long first = account(email("ada"), "Ada", Role.ADMINISTRATOR, null);
        long second = account(email("abe"), "Abe", Role.ADMINISTRATOR, null);
        account(email("ed"), "Ed", Role.EDITOR, null);
        assertThat(users.lockActiveAdministrators()).isEqualTo(before + 2);

        users.disable(first, NOW);
        users.update(second, "Abe", Role.EDITOR, null);
        assertThat(users.lockActiveAdministrators()).isEqualTo(before);
        assertThat(users.find(first).orElseThrow().role()).as("holding the rows changes nothing")
                .isEqualTo(Role.ADMINISTRATOR);
    }
}
