package news.gazette.accounts;

/**
 * What became of a change to a user: the user's id when done; otherwise the problems by field ("email",
 * "displayName", "role", "author"), or a refusal that says why, such as removing the last active administrator.
 */
public record UserOutcome(Long id, FieldErrors errors, String refusal) {

    public static UserOutcome done(long id) {
        return new UserOutcome(id, FieldErrors.none(), null);
    }

    public static UserOutcome rejected(FieldErrors errors) {
        return new UserOutcome(null, errors, null);
    }

    public static UserOutcome refused(String refusal) {
        return new UserOutcome(null, FieldErrors.none(), refusal);
    }

    public boolean isDone() {
        return id != null;
    }

    public boolean isRefused() {
        return refusal != null;
    }
}
