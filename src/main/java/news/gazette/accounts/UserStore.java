package news.gazette.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of the users pages on the account table: every account, disabled ones too, as administrators list and
 * change them. Signing in and passwords are {@link AccountStore}'s.
 */
@Repository
class UserStore {

    private static final String USERS = """
            SELECT id, email, display_name, role, totp_secret IS NOT NULL AS two_factor, author_id, last_sign_in_at,
                   invited_at, disabled_at
            FROM account
            """;
    private static final String BY_NAME = " ORDER BY lower(display_name), id";

    private final JdbcClient jdbc;

    UserStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every account, or those of {@code role} when it is not null; by name. */
    List<User> list(Role role) {
        if (role == null) {
            return jdbc.sql(USERS + BY_NAME).query((rs, row) -> user(rs)).list();
        }
        return jdbc.sql(USERS + " WHERE role = :role" + BY_NAME)
                .param("role", role.column())
                .query((rs, row) -> user(rs))
                .list();
    }

    /** How many accounts, disabled ones too, have each role; a role nobody has is missing. */
    Map<Role, Long> countByRole() {
        var counts = new EnumMap<Role, Long>(Role.class);
        jdbc.sql("SELECT role, COUNT(*) AS accounts FROM account GROUP BY role")
                .query((rs, row) -> counts.put(Role.ofColumn(rs.getString("role")), rs.getLong("accounts")))
                .list();
        return counts;
    }

    Optional<User> find(long id) {
        return jdbc.sql(USERS + " WHERE id = :id").param("id", id).query((rs, row) -> user(rs)).optional();
    }

    /** The accounts, disabled ones too, that write under this author profile. */
    List<Long> accountsOfAuthor(long authorId) {
        return jdbc.sql("SELECT id FROM account WHERE author_id = :author ORDER BY id")
                .param("author", authorId)
                .query(Long.class)
                .list();
    }

    /** An account that cannot sign in until its invitation's link sets a password: {@code passwordHash} is of none. */
    long insertInvited(String email, String displayName, Role role, Long authorId, String passwordHash, Instant now) {
        return jdbc.sql("""
                        INSERT INTO account (email, display_name, password_hash, role, author_id, created_at, invited_at)
                        VALUES (:email, :name, :hash, :role, :author, :now, :now)
                        RETURNING id
                        """)
                .param("email", email)
                .param("name", displayName)
                .param("hash", passwordHash)
                .param("role", role.column())
                .param("author", authorId, Types.BIGINT)
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    void update(long id, String displayName, Role role, Long authorId) {
        jdbc.sql("UPDATE account SET display_name = :name, role = :role, author_id = :author WHERE id = :id")
                .param("id", id)
                .param("name", displayName)
                .param("role", role.column())
                .param("author", authorId, Types.BIGINT)
                .update();
    }

    void markInvited(long id, Instant now) {
        jdbc.sql("UPDATE account SET invited_at = :now WHERE id = :id")
                .param("id", id)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** Disables an active account and ends every session it has; false when it was disabled already. */
    boolean disable(long id, Instant now) {
        return jdbc.sql("""
                        UPDATE account SET disabled_at = :now, session_generation = session_generation + 1
                        WHERE id = :id AND disabled_at IS NULL
                        """)
                .param("id", id)
                .param("now", Timestamp.from(now))
                .update() == 1;
    }

    /** Lets a disabled account sign in again; its old sessions stay ended. False when it was active. */
    boolean enable(long id) {
        return jdbc.sql("UPDATE account SET disabled_at = NULL WHERE id = :id AND disabled_at IS NOT NULL")
                .param("id", id)
                .update() == 1;
    }

    /**
     * Counts the active administrators and holds their rows until the transaction ends. Two administrators
     * demoting each other at once on PostgreSQL would each see the other still there and leave none: with the rows
     * held, the second waits for the first and then counts what it left. (SQLite has one writer at a time anyway.)
     */
    int lockActiveAdministrators() {
        return jdbc.sql("UPDATE account SET role = role WHERE role = :role AND disabled_at IS NULL")
                .param("role", Role.ADMINISTRATOR.column())
                .update();
    }

    private static User user(ResultSet rs) throws SQLException {
        long author = rs.getLong("author_id");
        Long authorId = rs.wasNull() ? null : author;
        return new User(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
                Role.ofColumn(rs.getString("role")), rs.getBoolean("two_factor"), authorId,
                instant(rs, "last_sign_in_at"), instant(rs, "invited_at"), instant(rs, "disabled_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
