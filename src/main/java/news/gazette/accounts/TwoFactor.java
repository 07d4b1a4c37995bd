package news.gazette.accounts;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import news.gazette.accounts.AccountStore.Credentials;
import news.gazette.platform.SiteSettings;

/**
 * Two-factor sign-in with an authenticator app (TOTP, RFC 6238): once on, signing in takes the password and then
 * the six-digit code the app shows, or one of the account's recovery codes instead. Turning it on takes the password
 * and a code from the app, which proves the app has the key, and makes ten recovery codes; turning it off takes the
 * password and deletes them. New recovery codes, in place of the old, take the password or a code from the app.
 * Each code works once.
 */
@Service
public class TwoFactor {

    private static final int KEY_BYTES = 20;
    private static final Pattern CODE = Pattern.compile("\\d{" + Totp.DIGITS + "}");
    private static final String CONFIRMATION = "recoveryConfirmation";

    private final AccountStore store;
    private final PasswordCheck passwords;
    private final SignInThrottle throttle;
    private final RecoveryCodes recoveryCodes;
    private final SiteSettings site;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    TwoFactor(AccountStore store, PasswordCheck passwords, SignInThrottle throttle, RecoveryCodes recoveryCodes,
              SiteSettings site, Clock clock) {
        this.store = store;
        this.passwords = passwords;
        this.throttle = throttle;
        this.recoveryCodes = recoveryCodes;
        this.site = site;
        this.clock = clock;
    }

    public boolean isOn(String email) {
        return store.findCredentials(Accounts.normalise(email)).map(Credentials::hasTwoFactor).orElse(false);
    }

    /** A new random key for this account's authenticator app; nothing changes until {@link #turnOn}. */
    public TwoFactorSetup setUp(String email) {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        return setUp(email, Base32.encode(key));
    }

    /** The setup of a key {@link #setUp(String)} gave, shown again after a wrong code; a new key if it is no key. */
    public TwoFactorSetup setUp(String email, String given) {
        byte[] key = key(given);
        if (key.length != KEY_BYTES) {
            return setUp(email);
        }
        String secret = Base32.encode(key);
        String issuer = site.title();
        String uri = "otpauth://totp/" + encode(issuer) + ":" + encode(Accounts.normalise(email)) + "?secret=" + secret
                + "&issuer=" + encode(issuer) + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.PERIOD_SECONDS;
        return new TwoFactorSetup(secret, secret.replaceAll("(.{4})(?!$)", "$1 "), uri);
    }

    /**
     * Turns two-factor on with the key {@link #setUp} gave, once {@code password} is the account's and
     * {@code code} is the app's current code for that key, and makes the account's recovery codes. Returns them, or
     * the errors by field ({@code password}, {@code code}).
     */
    @Transactional
    public TwoFactorChange turnOn(String email, String password, String secret, String code) {
        var errors = new LinkedHashMap<String, String>();
        String typed = digits(code);
        if (password == null || password.isEmpty()) {
            errors.put("password", "Enter your password");
        }
        if (typed.isEmpty()) {
            errors.put("code", "Enter the 6-digit code from your authenticator app");
        } else if (!CODE.matcher(typed).matches()) {
            errors.put("code", "The code must be 6 digits");
        }
        if (!errors.isEmpty()) {
            return TwoFactorChange.refused(new FieldErrors(errors));
        }
        var checked = checkPassword(email, password);
        if (!checked.isEmpty()) {
            return TwoFactorChange.refused(checked);
        }
        byte[] key = key(secret);
        var step = Totp.matchingStep(key, typed, clock.instant());
        if (key.length != KEY_BYTES || step.isEmpty()) {
            return TwoFactorChange.refused(FieldErrors.of("code", "The code is incorrect. Enter the code your app shows now"));
        }
        long id = store.findCredentials(Accounts.normalise(email)).orElseThrow().account().id();
        store.setTotp(id, Base32.encode(key), step.getAsLong());
        return new TwoFactorChange(FieldErrors.none(), recoveryCodes.issue(id));
    }

    /** How many unused recovery codes the account has; 0 while two-factor is off. */
    public int recoveryCodesLeft(String email) {
        return store.findCredentials(Accounts.normalise(email)).map(c -> recoveryCodes.left(c.account().id())).orElse(0);
    }

    /**
     * Makes new recovery codes in place of the old, once {@code passwordOrCode} is the account's password or its
     * app's current code. Returns them, or the error (field {@code recoveryConfirmation}). Wrong answers count
     * against the account like failed sign-ins.
     */
    @Transactional
    public TwoFactorChange newRecoveryCodes(String email, String passwordOrCode) {
        String normalised = Accounts.normalise(email);
        if (passwordOrCode == null || passwordOrCode.isBlank()) {
            return TwoFactorChange.refused(FieldErrors.of(CONFIRMATION, "Enter your password or a code from your app"));
        }
        var credentials = store.findCredentials(normalised).filter(Credentials::hasTwoFactor);
        if (credentials.isEmpty()) {
            return TwoFactorChange.refused(FieldErrors.of(CONFIRMATION, "Two-factor sign-in is off: turn it on first"));
        }
        var wait = throttle.waitFor(normalised, null);
        if (wait.isPresent()) {
            return TwoFactorChange.refused(FieldErrors.of(CONFIRMATION, SignInThrottle.message(wait.get())));
        }
        boolean confirmed = CODE.matcher(digits(passwordOrCode)).matches()
                ? acceptsAppCode(credentials.get(), passwordOrCode)
                : passwords.check(normalised, passwordOrCode).isPresent();
        if (!confirmed) {
            throttle.failed(normalised, null);
            return TwoFactorChange.refused(FieldErrors.of(CONFIRMATION, "Your password or code is incorrect"));
        }
        return new TwoFactorChange(FieldErrors.none(), recoveryCodes.issue(credentials.get().account().id()));
    }

    /** Turns two-factor off once {@code password} is the account's. Errors by field ({@code password}). */
    @Transactional
    public FieldErrors turnOff(String email, String password) {
        if (password == null || password.isEmpty()) {
            return FieldErrors.of("password", "Enter your password");
        }
        var checked = checkPassword(email, password);
        if (checked.isEmpty()) {
            store.clearTotp(store.findCredentials(Accounts.normalise(email)).orElseThrow().account().id());
        }
        return checked;
    }

    /**
     * Whether {@code code} signs this account in: the current code of its app, used for the first time, or one of its
     * unused recovery codes, which is then used up.
     */
    boolean accepts(Credentials credentials, String code) {
        if (!credentials.hasTwoFactor()) {
            return false;
        }
        if (RecoveryCodes.looksLikeOne(code)) {
            return recoveryCodes.use(credentials.account().id(), code);
        }
        return acceptsAppCode(credentials, code);
    }

    private boolean acceptsAppCode(Credentials credentials, String code) {
        String typed = digits(code);
        if (!CODE.matcher(typed).matches()) {
            return false;
        }
        var step = Totp.matchingStep(Base32.decode(credentials.totpSecret()), typed, clock.instant());
        return step.isPresent() && store.useTotpStep(credentials.account().id(), step.getAsLong());
    }

    private FieldErrors checkPassword(String email, String password) {
        String normalised = Accounts.normalise(email);
        var wait = throttle.waitFor(normalised, null);
        if (wait.isPresent()) {
            return FieldErrors.of("password", SignInThrottle.message(wait.get()));
        }
        if (passwords.check(normalised, password).isEmpty()) {
            throttle.failed(normalised, null);
            return FieldErrors.of("password", "Your password is incorrect");
        }
        return FieldErrors.none();
    }

    // the key comes back from the setup form, where it could have been changed
    private static byte[] key(String secret) {
        try {
            return Base32.decode(secret == null ? "" : secret);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    // people type codes as "123 456" or copy them with spaces
    private static String digits(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
