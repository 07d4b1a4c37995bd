package news.gazette.newsroom;

import org.springframework.stereotype.Component;

import news.gazette.accounts.Account;
import news.gazette.accounts.Accounts;

/**
 * Who the comments module says acted, for people: a moderator by name and email, the module's own rules as such.
 * The comments module records moderators by their sign-in email, and its own rules as "Gazette".
 */
@Component
class ModeratorNames {

    private static final String RULES = "Gazette";

    private final Accounts accounts;

    ModeratorNames(Accounts accounts) {
        this.accounts = accounts;
    }

    String of(String actor) {
        if (RULES.equals(actor)) {
            return "Comment rules";
        }
        return accounts.find(actor).map(Account::displayName).map(name -> name + " (" + actor + ")").orElse(actor);
    }
}
