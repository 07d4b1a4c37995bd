package news.gazette.newsroom;

import java.security.Principal;

import org.springframework.stereotype.Component;

import news.gazette.accounts.Accounts;
import news.gazette.publishing.Writer;

/** The signed-in person as the publishing rules see them: their author profile and what their role lets them do. */
@Component
class Writers {

    private final NewsroomChromes chromes;
    private final Accounts accounts;

    Writers(NewsroomChromes chromes, Accounts accounts) {
        this.chromes = chromes;
        this.accounts = accounts;
    }

    Writer of(Principal principal) {
        var account = chromes.account(principal);
        var role = account.role();
        return new Writer(account.displayName() + " <" + account.email() + ">",
                accounts.authorIdOf(account.email()).orElse(null), role.editsAnyonesArticles(),
                role.publishesArticles());
    }
}
