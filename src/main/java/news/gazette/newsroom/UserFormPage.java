package news.gazette.newsroom;

import java.util.List;

import news.gazette.accounts.FieldErrors;
import news.gazette.newsroom.EditorPage.Choice;

/**
 * The model of {@code newsroom/users/form.jte}: a user as typed or as stored, to add or to change, and on the edit
 * page what else an administrator can do to them.
 *
 * @param access null when adding a user; otherwise the user's sign-in, two-factor and status, with their actions
 * @param problem why the last action was refused, or null
 * @param notice what was just done, or null
 */
public record UserFormPage(NewsroomChrome chrome, String heading, String formAction, String saveLabel, UserForm form,
                           List<Choice> roles, List<Choice> authors, FieldErrors errors, String problem,
                           String notice, Access access) {

    /**
     * What an administrator sees and does about a user's way in.
     *
     * @param linkLabel the label of the button that mails a link: a new invitation or a password reset link
     * @param self whether this is the administrator's own account, which they cannot disable
     */
    public record Access(String actionBase, String email, String lastSignIn, boolean twoFactorOn, boolean disabled,
                         String linkLabel, boolean self) {
    }
}
