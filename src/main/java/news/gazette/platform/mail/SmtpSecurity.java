package news.gazette.platform.mail;

import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;

/** How the connection to the SMTP server is protected, as mail clients offer it. */
public enum SmtpSecurity {
    /** Plain text: for a server on the same machine or private network. */
    NONE("None"),
    /** A plain connection turned encrypted before signing in (usually port 587); refused if the server cannot. */
    STARTTLS("STARTTLS"),
    /** Encrypted from the first byte (usually port 465). */
    SSL_TLS("SSL/TLS");

    private static final String STARTTLS_ENABLE = "mail.smtp.starttls.enable";
    private static final String STARTTLS_REQUIRED = "mail.smtp.starttls.required";
    private static final String SSL_ENABLE = "mail.smtp.ssl.enable";

    private final String label;

    SmtpSecurity(String label) {
        this.label = label;
    }

    /** What a person sees: "None", "STARTTLS", "SSL/TLS". */
    public String label() {
        return label;
    }

    /** What a form posts and the settings save: "none", "starttls", "ssl_tls". */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    static SmtpSecurity of(String value) {
        return Arrays.stream(values()).filter(security -> security.value().equals(value.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("must be None, STARTTLS or SSL/TLS"));
    }

    /** What JavaMail properties ({@code spring.mail.properties.*}) ask for. */
    static SmtpSecurity of(Properties properties) {
        if ("true".equals(properties.getProperty(SSL_ENABLE))) {
            return SSL_TLS;
        }
        return "true".equals(properties.getProperty(STARTTLS_ENABLE)) ? STARTTLS : NONE;
    }

    /** Sets JavaMail's properties for this choice, replacing what they said before. */
    void applyTo(Properties properties) {
        properties.remove(STARTTLS_ENABLE);
        properties.remove(STARTTLS_REQUIRED);
        properties.remove(SSL_ENABLE);
        switch (this) {
            case STARTTLS -> {
                properties.setProperty(STARTTLS_ENABLE, "true");
                properties.setProperty(STARTTLS_REQUIRED, "true");
            }
            case SSL_TLS -> properties.setProperty(SSL_ENABLE, "true");
            case NONE -> {
            }
        }
    }
}
