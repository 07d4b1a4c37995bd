package news.gazette.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the account store promises for reset links and two-factor codes, on the subclass's database. */
abstract class AccountStoreContract {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    @Autowired
    AccountStore store;

    @Autowired
    Accounts accounts;

    long account() {
        String email = UUID.randomUUID() + "@news.example.com";
        return accounts.create(email, "Someone", "correct horse battery", Role.AUTHOR, null).id();
    }

    @Test
    void aResetTokenIsTakenOnceAndOnlyBeforeItExpires() {
        long id = account();
        store.insertResetToken("hash-once", id, NOW.plus(Duration.ofHours(1)), NOW);
        store.insertResetToken("hash-expired", id, NOW.plus(Duration.ofMinutes(1)), NOW);

        assertThat(store.findByResetToken("hash-once", NOW)).hasValueSatisfying(
                credentials -> assertThat(credentials.account().id()).isEqualTo(id));
        assertThat(store.findByResetToken("hash-expired", NOW.plus(Duration.ofMinutes(1)))).isEmpty();
        assertThat(store.takeResetToken("hash-expired", NOW.plus(Duration.ofMinutes(1)))).isEmpty();

        assertThat(store.takeResetToken("hash-once", NOW)).contains(id);
        assertThat(store.takeResetToken("hash-once", NOW)).isEmpty();
        assertThat(store.findByResetToken("hash-once", NOW)).isEmpty();
    }

    @Test
    void forgetsResetTokensOfAnAccountAndExpiredOnes() {
        long id = account();
        long other = account();
        store.insertResetToken("hash-a", id, NOW.plus(Duration.ofHours(1)), NOW);
        store.insertResetToken("hash-b", other, NOW.plus(Duration.ofMinutes(5)), NOW);
        store.insertResetToken("hash-c", other, NOW.plus(Duration.ofHours(1)), NOW);

        store.deleteResetTokens(id);
        store.deleteExpiredResetTokens(NOW.plus(Duration.ofMinutes(5)));

        assertThat(store.findByResetToken("hash-a", NOW)).isEmpty();
        assertThat(store.findByResetToken("hash-b", NOW)).isEmpty();
        assertThat(store.findByResetToken("hash-c", NOW)).isPresent();
    }

    @Test
    void acceptsEachTwoFactorStepOnceAndNeverAnEarlierOne() {
        long id = account();
        assertThat(store.useTotpStep(id, 100)).as("two-factor is off").isFalse();

        store.setTotp(id, "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", 100);
        assertThat(store.findCredentials(id).orElseThrow().totpSecret()).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(store.useTotpStep(id, 100)).as("the step that turned it on").isFalse();
        assertThat(store.useTotpStep(id, 101)).isTrue();
        assertThat(store.useTotpStep(id, 101)).isFalse();
        assertThat(store.useTotpStep(id, 99)).isFalse();
        assertThat(store.useTotpStep(id, 102)).isTrue();

        store.clearTotp(id);
        assertThat(store.findCredentials(id).orElseThrow().hasTwoFactor()).isFalse();
        assertThat(store.useTotpStep(id, 200)).isFalse();
    }

    @Test
    void aRecoveryCodeWorksOnceForItsOwnAccountUntilNewOnesReplaceIt() {
        long id = account();
        long other = account();
        store.setTotp(id, "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", 100);
        store.replaceRecoveryCodes(id, List.of("hash-1", "hash-2", "hash-3"), NOW);
        store.replaceRecoveryCodes(other, List.of("hash-9"), NOW);
        assertThat(store.countRecoveryCodes(id)).isEqualTo(3);

        assertThat(store.useRecoveryCode(id, "hash-2")).isTrue();
        assertThat(store.useRecoveryCode(id, "hash-2")).as("used already").isFalse();
        assertThat(store.useRecoveryCode(id, "hash-9")).as("another account's").isFalse();
        assertThat(store.countRecoveryCodes(id)).isEqualTo(2);

        store.replaceRecoveryCodes(id, List.of("hash-4", "hash-5"), NOW.plus(Duration.ofDays(1)));
        assertThat(store.useRecoveryCode(id, "hash-1")).as("replaced").isFalse();
        assertThat(store.countRecoveryCodes(id)).isEqualTo(2);

        store.clearTotp(id);
        assertThat(store.countRecoveryCodes(id)).as("two-factor off").isZero();
        assertThat(store.useRecoveryCode(id, "hash-4")).isFalse();
        assertThat(store.countRecoveryCodes(other)).isEqualTo(1);
    }

    @Test
    void replacesThePasswordHash() {
        long id = account();
        store.setPasswordHash(id, "new-hash");
        assertThat(store.findCredentials(id).orElseThrow().passwordHash()).isEqualTo("new-hash");
    }
}
