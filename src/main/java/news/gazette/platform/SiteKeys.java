package news.gazette.platform;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keyed hashes and signatures. The site makes one master secret on its first start and keeps it in the database,
 * so every instance agrees; each purpose gets a key of its own derived from it. No key leaves this class: what it
 * signs can be checked but not forged, and what it hashes (an email, say) cannot be guessed back from the hash.
 */
@Component
public class SiteKeys {

    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder URL_SAFE = Base64.getUrlEncoder().withoutPadding();

    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec master;
    private final Map<String, Mac> keyedMacs = new ConcurrentHashMap<>();

    SiteKeys(JdbcClient jdbc, Clock clock) {
        this.master = loadMaster(jdbc, clock);
    }

    /** A URL-safe keyed hash of {@code value} for {@code purpose}; the same input always gives the same text. */
    public String hash(String purpose, String value) {
        Mac mac = macFor(purpose);
        return URL_SAFE.encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A fresh copy of the purpose's keyed Mac: copying one whose key is set is several times cheaper than looking
     * up and keying a new one, which a page with 200 comments' avatars would do 200 times.
     */
    private Mac macFor(String purpose) {
        Mac keyed = keyedMacs.computeIfAbsent(purpose, p -> newMac(derive(p)));
        try {
            return (Mac) keyed.clone();
        } catch (CloneNotSupportedException e) {
            return newMac(derive(purpose));
        }
    }

    private static Mac newMac(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(ALGORITHM + " is unavailable", e);
        }
    }

    /** Whether {@code signature} is {@link #hash}'s answer for this purpose and value, compared in constant time. */
    public boolean verify(String purpose, String value, String signature) {
        if (signature == null) {
            return false;
        }
        return MessageDigest.isEqual(hash(purpose, value).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    /** A new random token, URL-safe, of 128 bits. */
    public String randomToken() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return URL_SAFE.encodeToString(bytes);
    }

    private SecretKeySpec derive(String purpose) {
        return new SecretKeySpec(newMac(master).doFinal(("gazette:" + purpose).getBytes(StandardCharsets.UTF_8)),
                ALGORITHM);
    }

    private SecretKeySpec loadMaster(JdbcClient jdbc, Clock clock) {
        byte[] fresh = new byte[32];
        random.nextBytes(fresh);
        jdbc.sql("INSERT INTO site_key (purpose, secret, created_at) VALUES ('master', :secret, :now) ON CONFLICT (purpose) DO NOTHING")
                .param("secret", Base64.getEncoder().encodeToString(fresh))
                .param("now", Timestamp.from(clock.instant()))
                .update();
        String secret = jdbc.sql("SELECT secret FROM site_key WHERE purpose = 'master'").query(String.class).single();
        return new SecretKeySpec(Base64.getDecoder().decode(secret), ALGORITHM);
    }
}
