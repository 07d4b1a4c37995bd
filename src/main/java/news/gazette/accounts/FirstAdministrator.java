package news.gazette.accounts;

import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * On the very first start, creates the administrator account with a random password and prints that password
 * once. It is never stored in plain text and never printed again; there is no default password.
 */
@Component
class FirstAdministrator implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int PASSWORD_LENGTH = 20;

    private final Accounts accounts;
    private final String email;
    private final SecureRandom random = new SecureRandom();

    FirstAdministrator(Accounts accounts, @Value("${gazette.admin.email:admin@example.com}") String email) {
        this.accounts = accounts;
        this.email = email;
    }

    @Override
    public void afterSingletonsInstantiated() {
        String password = randomPassword();
        accounts.createFirstAdministrator(email, "Administrator", password).ifPresent(admin -> log.warn("""

                ================================================================
                 Gazette created the administrator account.
                   email:    {}
                   password: {}
                 This password is shown once. Sign in at /newsroom/ and keep it safe.
                ================================================================""", admin.email(), password));
    }

    private String randomPassword() {
        var password = new StringBuilder(PASSWORD_LENGTH);
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
