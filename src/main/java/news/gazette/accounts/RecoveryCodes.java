package news.gazette.accounts;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import news.gazette.platform.SiteKeys;

/**
 * The single-use codes that sign in instead of an authenticator app's code, for someone who lost their phone. Each
 * is ten random characters of the base32 alphabet (50 bits), shown as "abcde-fghij" and read back ignoring case,
 * spaces and hyphens. Only a keyed hash of each is stored, tied to its account, so a copy of the database signs no
 * one in; a code this strong needs no slow hash, and one keyed hash finds it.
 */
@Component
class RecoveryCodes {

    static final int COUNT = 10;
    private static final int LENGTH = 10;
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";
    private static final String PURPOSE = "recovery-code";
    private static final Pattern CODE = Pattern.compile("[" + ALPHABET + "]{" + LENGTH + "}");

    private final AccountStore store;
    private final SiteKeys keys;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    RecoveryCodes(AccountStore store, SiteKeys keys, Clock clock) {
        this.store = store;
        this.keys = keys;
        this.clock = clock;
    }

    /** Makes the account {@link #COUNT} new codes, in place of any it had; returns them, to show this once. */
    List<String> issue(long accountId) {
        var codes = new LinkedHashSet<String>();
        while (codes.size() < COUNT) {
            codes.add(newCode());
        }
        store.replaceRecoveryCodes(accountId, codes.stream().map(code -> hash(accountId, code)).toList(),
                clock.instant());
        return codes.stream().map(code -> code.substring(0, LENGTH / 2) + "-" + code.substring(LENGTH / 2)).toList();
    }

    /** Whether {@code typed} is one of the account's unused codes; if so it is used up. */
    boolean use(long accountId, String typed) {
        String code = normalised(typed);
        return CODE.matcher(code).matches() && store.useRecoveryCode(accountId, hash(accountId, code));
    }

    int left(long accountId) {
        return store.countRecoveryCodes(accountId);
    }

    /** Whether {@code typed} has the shape of a recovery code, rather than of an app's code. */
    static boolean looksLikeOne(String typed) {
        return CODE.matcher(normalised(typed)).matches();
    }

    private String newCode() {
        var code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    private String hash(long accountId, String code) {
        return keys.hash(PURPOSE, accountId + ":" + code);
    }

    private static String normalised(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }
}
