package news.gazette.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of signing in, sessions, passwords, reset links and recovery codes on the account, password reset and
 * recovery code tables (the users pages' is {@link UserStore}'s). Emails are stored lower-case, so sign-in ignores
 * case. Reset tokens and recovery codes are stored as keyed hashes only; the caller hashes them. A disabled account
 * has no credentials: to signing in, sessions, reset links and newsroom mail it is as if it did not exist.
 */
@Repository
class AccountStore {

    /**
     * An account with what signs it in: its password hash and, when two-factor is on, its authenticator key; and
     * the generation of its sessions, which grows when all of them are ended. Stays inside this module.
     */
    record Credentials(Account account, String passwordHash, String totpSecret, long sessionGeneration) {

        boolean hasTwoFactor() {
            return totpSecret != null;
        }
    }

    private static final String CREDENTIALS = """
            SELECT id, email, display_name, role, password_hash, totp_secret, session_generation FROM account
            WHERE disabled_at IS NULL""";

    private final JdbcClient jdbc;

    AccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean isEmpty() {
        return !jdbc.sql("SELECT EXISTS (SELECT 1 FROM account)").query(Boolean.class).single();
    }

    /** Whether any account, a disabled one too, has this (normalised) email. */
    boolean emailTaken(String email) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM account WHERE email = :email)")
                .param("email", email)
                .query(Boolean.class)
                .single();
    }

    long insert(String email, String displayName, String passwordHash, Role role, Instant now) {
        return jdbc.sql("""
                        INSERT INTO account (email, display_name, password_hash, role, created_at)
                        VALUES (:email, :name, :hash, :role, :now)
                        RETURNING id
                        """)
                .param("email", email)
                .param("name", displayName)
                .param("hash", passwordHash)
                .param("role", role.column())
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    long insert(String email, String displayName, String passwordHash, Role role, Long authorId, Instant now) {
        return jdbc.sql("""
                        INSERT INTO account (email, display_name, password_hash, role, author_id, created_at)
                        VALUES (:email, :name, :hash, :role, :author, :now)
                        RETURNING id
                        """)
                .param("email", email)
                .param("name", displayName)
                .param("hash", passwordHash)
                .param("role", role.column())
                .param("author", authorId, java.sql.Types.BIGINT)
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    List<String> emailsWithRoles(List<Role> roles) {
        return jdbc.sql("SELECT email FROM account WHERE role IN (:roles) AND disabled_at IS NULL ORDER BY id")
                .param("roles", roles.stream().map(Role::column).toList())
                .query(String.class)
                .list();
    }

    Optional<String> emailOfAuthor(long authorId) {
        return jdbc.sql("SELECT email FROM account WHERE author_id = :author AND disabled_at IS NULL ORDER BY id LIMIT 1")
                .param("author", authorId)
                .query(String.class)
                .optional();
    }

    Optional<Long> authorIdOf(String email) {
        return jdbc.sql("SELECT author_id FROM account WHERE email = :email AND author_id IS NOT NULL")
                .param("email", email)
                .query(Long.class)
                .optional();
    }

    Optional<Credentials> findCredentials(String email) {
        return jdbc.sql(CREDENTIALS + " AND email = :email")
                .param("email", email)
                .query((rs, row) -> credentials(rs))
                .optional();
    }

    Optional<Credentials> findCredentials(long id) {
        return jdbc.sql(CREDENTIALS + " AND id = :id")
                .param("id", id)
                .query((rs, row) -> credentials(rs))
                .optional();
    }

    void recordSignIn(long id, Instant now) {
        jdbc.sql("UPDATE account SET last_sign_in_at = :now WHERE id = :id")
                .param("id", id)
                .param("now", Timestamp.from(now))
                .update();
    }

    void setPasswordHash(long id, String passwordHash) {
        jdbc.sql("UPDATE account SET password_hash = :hash WHERE id = :id")
                .param("id", id)
                .param("hash", passwordHash)
                .update();
    }

    /** Turns two-factor on with this key; {@code step} is that of the code that proved the app has it. */
    void setTotp(long id, String secret, long step) {
        jdbc.sql("UPDATE account SET totp_secret = :secret, totp_last_step = :step WHERE id = :id")
                .param("id", id)
                .param("secret", secret)
                .param("step", step)
                .update();
    }

    /** Turns two-factor off; the account's recovery codes go with it, whoever turns it off. */
    void clearTotp(long id) {
        jdbc.sql("UPDATE account SET totp_secret = NULL, totp_last_step = NULL WHERE id = :id")
                .param("id", id)
                .update();
        deleteRecoveryCodes(id);
    }

    /** Replaces the account's recovery codes with these (keyed hashes of the codes, made by the caller). */
    void replaceRecoveryCodes(long accountId, Collection<String> codeHashes, Instant now) {
        deleteRecoveryCodes(accountId);
        for (String hash : codeHashes) {
            jdbc.sql("INSERT INTO recovery_code (account_id, code_hash, created_at) VALUES (:account, :hash, :now)")
                    .param("account", accountId)
                    .param("hash", hash)
                    .param("now", Timestamp.from(now))
                    .update();
        }
    }

    /**
     * Uses up a recovery code: deletes it and answers true, if the account had it unused. One statement, so a code
     * sent twice at once works once.
     */
    boolean useRecoveryCode(long accountId, String codeHash) {
        return jdbc.sql("DELETE FROM recovery_code WHERE account_id = :account AND code_hash = :hash")
                .param("account", accountId)
                .param("hash", codeHash)
                .update() == 1;
    }

    int countRecoveryCodes(long accountId) {
        return jdbc.sql("SELECT COUNT(*) FROM recovery_code WHERE account_id = :account")
                .param("account", accountId)
                .query(Integer.class)
                .single();
    }

    private void deleteRecoveryCodes(long accountId) {
        jdbc.sql("DELETE FROM recovery_code WHERE account_id = :account")
                .param("account", accountId)
                .update();
    }

    /**
     * Records that the code of {@code step} was used; false when that step or a later one was used already, so
     * each code signs in once. Check and record are one statement, so of two requests with one code only one wins.
     */
    boolean useTotpStep(long id, long step) {
        return jdbc.sql("""
                        UPDATE account SET totp_last_step = :step
                        WHERE id = :id AND totp_secret IS NOT NULL AND (totp_last_step IS NULL OR totp_last_step < :step)
                        """)
                .param("id", id)
                .param("step", step)
                .update() == 1;
    }

    void insertResetToken(String tokenHash, long accountId, Instant expiresAt, Instant now) {
        jdbc.sql("""
                        INSERT INTO password_reset (token_hash, account_id, expires_at, created_at)
                        VALUES (:hash, :account, :expires, :now)
                        """)
                .param("hash", tokenHash)
                .param("account", accountId)
                .param("expires", Timestamp.from(expiresAt))
                .param("now", Timestamp.from(now))
                .update();
    }

    /** The account a reset token belongs to, while the token is unused and unexpired. */
    Optional<Credentials> findByResetToken(String tokenHash, Instant now) {
        return jdbc.sql("""
                        SELECT a.id, a.email, a.display_name, a.role, a.password_hash, a.totp_secret, a.session_generation
                        FROM password_reset r JOIN account a ON a.id = r.account_id
                        WHERE r.token_hash = :hash AND r.expires_at > :now AND a.disabled_at IS NULL
                        """)
                .param("hash", tokenHash)
                .param("now", Timestamp.from(now))
                .query((rs, row) -> credentials(rs))
                .optional();
    }

    /** Whether the account was invited and has never signed in: its first password is still to be chosen. */
    boolean awaitsFirstSignIn(long accountId) {
        return jdbc.sql("SELECT invited_at IS NOT NULL AND last_sign_in_at IS NULL FROM account WHERE id = :id")
                .param("id", accountId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /**
     * Uses up a reset token: deletes it and returns its account's id, if it was unused and unexpired. One
     * statement, so a token used twice at once works once.
     */
    Optional<Long> takeResetToken(String tokenHash, Instant now) {
        return jdbc.sql("DELETE FROM password_reset WHERE token_hash = :hash AND expires_at > :now RETURNING account_id")
                .param("hash", tokenHash)
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .optional();
    }

    void deleteResetTokens(long accountId) {
        jdbc.sql("DELETE FROM password_reset WHERE account_id = :account")
                .param("account", accountId)
                .update();
    }

    void deleteExpiredResetTokens(Instant now) {
        jdbc.sql("DELETE FROM password_reset WHERE expires_at <= :now")
                .param("now", Timestamp.from(now))
                .update();
    }

    private static Credentials credentials(ResultSet rs) throws SQLException {
        var account = new Account(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
                Role.ofColumn(rs.getString("role")));
        return new Credentials(account, rs.getString("password_hash"), rs.getString("totp_secret"),
                rs.getLong("session_generation"));
    }
}
