package news.gazette.accounts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All SQL on the account table. Emails are stored lower-case, so sign-in ignores case. */
@Repository
class AccountStore {

    /** An account with the hash that signs it in; stays inside this module. */
    record Credentials(Account account, String passwordHash) {
    }

    private final JdbcClient jdbc;

    AccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean isEmpty() {
        return !jdbc.sql("SELECT EXISTS (SELECT 1 FROM account)").query(Boolean.class).single();
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
        return jdbc.sql("SELECT email FROM account WHERE role IN (:roles) ORDER BY id")
                .param("roles", roles.stream().map(Role::column).toList())
                .query(String.class)
                .list();
    }

    Optional<String> emailOfAuthor(long authorId) {
        return jdbc.sql("SELECT email FROM account WHERE author_id = :author ORDER BY id LIMIT 1")
                .param("author", authorId)
                .query(String.class)
                .optional();
    }

    Optional<Credentials> findCredentials(String email) {
        return jdbc.sql("SELECT id, email, display_name, role, password_hash FROM account WHERE email = :email")
                .param("email", email)
                .query((rs, row) -> new Credentials(
                        new Account(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
                                Role.ofColumn(rs.getString("role"))),
                        rs.getString("password_hash")))
                .optional();
    }
}
