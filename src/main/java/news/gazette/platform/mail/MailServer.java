package news.gazette.platform.mail;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

import news.gazette.platform.SavedSettings;
import news.gazette.platform.SettingsCheck;
import news.gazette.platform.SettingsSection;

/**
 * The SMTP server mail goes out through, and the sender of every mail: Spring's {@code spring.mail.*} and
 * {@code gazette.mail.from}, overridden by what the Settings page saved. Each change makes a new
 * {@link JavaMailSender}, so a mail being sent finishes with the server it started with. Without a host, mail waits
 * in the outbox. The password is never shown or logged: the page learns only whether there is one.
 */
@Component
@EnableConfigurationProperties(MailProperties.class)
public class MailServer {

    private static final Map<String, String> NAMES = Map.of("host", "spring.mail.host", "port", "spring.mail.port",
            "security", "gazette.mail.security", "username", "spring.mail.username", "password",
            "spring.mail.password", "from", "gazette.mail.from");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9._:\\[\\]-]+");

    private final MailProperties spring;
    private final SmtpSecurity springSecurity;
    private final SettingsSection<Values> section;
    private final SavedSettings saved;
    private volatile Current current;

    private record Values(String host, int port, SmtpSecurity security, String username, String password,
                          InternetAddress from) {
    }

    private record Current(Values values, JavaMailSenderImpl sender) {
    }

    MailServer(MailProperties spring, MailSettings settings, SavedSettings saved) {
        this.spring = spring;
        this.springSecurity = SmtpSecurity.of(springProperties(spring));
        this.section = new SettingsSection<>(NAMES, defaults(spring, springSecurity, settings), MailServer::read);
        this.saved = saved;
        saved.follow(section, values -> current = new Current(values, sender(values)));
    }

    /** The SMTP server's host name; empty when none is set. */
    public String host() { return current.values().host(); }

    public int port() { return current.values().port(); }

    public SmtpSecurity security() { return current.values().security(); }

    public String username() { return current.values().username(); }

    /** Whether a password is set; the password itself never leaves this module. */
    public boolean hasPassword() { return !current.values().password().isEmpty(); }

    /** The sender of every mail, "Gazette &lt;noreply@news.example.com&gt;". */
    public String from() { return current.values().from().toUnicodeString(); }

    /**
     * Saves the mail settings typed on the Settings page, by field: {@code host} (blank: no server, mail waits),
     * {@code port}, {@code security} (a {@link SmtpSecurity#value()}), {@code username}, {@code password},
     * {@code from}. A blank or missing password keeps the one set; {@code removePassword} clears it. Returns what is
     * wrong, by field, in words that read after the field's name; empty when saved, and the next mail uses them.
     */
    public Map<String, String> change(Map<String, String> typed, boolean removePassword, String by) {
        var fields = new LinkedHashMap<>(typed);
        String password = fields.remove("password");
        if (removePassword) {
            fields.put("password", "");
        } else if (password != null && !password.isEmpty()) {
            fields.put("password", password);
        }
        return saved.save(section, fields, by);
    }

    /** The sender for the server set now; empty when no host is set. */
    Optional<JavaMailSender> sender() {
        return Optional.ofNullable(current.sender());
    }

    /** "smtp.example.com:587", for messages. */
    String address() {
        var values = current.values();
        return values.host() + ":" + values.port();
    }

    InternetAddress fromAddress() {
        return current.values().from();
    }

    private JavaMailSenderImpl sender(Values values) {
        if (values.host().isEmpty()) {
            return null;
        }
        var sender = new JavaMailSenderImpl();
        sender.setHost(values.host());
        sender.setPort(values.port());
        sender.setProtocol(spring.getProtocol());
        if (spring.getDefaultEncoding() != null) {
            sender.setDefaultEncoding(spring.getDefaultEncoding().name());
        }
        Properties properties = springProperties(spring);
        // spring.mail.properties stay as written unless the page chose other security than they ask for
        if (values.security() != springSecurity) {
            values.security().applyTo(properties);
        }
        if (!values.username().isEmpty()) {
            sender.setUsername(values.username());
            sender.setPassword(values.password().isEmpty() ? null : values.password());
            properties.putIfAbsent("mail.smtp.auth", "true");
        }
        sender.setJavaMailProperties(properties);
        return sender;
    }

    private static Values read(SettingsCheck check) {
        String host = check.text("host", MailServer::validHost);
        int port = check.whole("port", 1, 65_535);
        SmtpSecurity security = check.value("security", SmtpSecurity::of, SmtpSecurity::value);
        String username = check.text("username", String::strip);
        String password = check.text("password", typed -> typed);
        InternetAddress from = check.value("from", MailServer::validFrom, InternetAddress::toUnicodeString);
        return new Values(host, port, security, username, password, from);
    }

    private static Map<String, String> defaults(MailProperties spring, SmtpSecurity security, MailSettings settings) {
        int port = spring.getPort() != null ? spring.getPort() : security == SmtpSecurity.SSL_TLS ? 465 : 25;
        return Map.of("host", Objects.toString(spring.getHost(), ""), "port", Integer.toString(port),
                "security", security.value(), "username", Objects.toString(spring.getUsername(), ""),
                "password", Objects.toString(spring.getPassword(), ""), "from", Objects.toString(settings.from(), ""));
    }

    private static Properties springProperties(MailProperties spring) {
        var properties = new Properties();
        properties.putAll(spring.getProperties());
        if (spring.getSsl().isEnabled()) {
            properties.setProperty("mail." + spring.getProtocol() + ".ssl.enable", "true");
        }
        return properties;
    }

    private static String validHost(String typed) {
        String host = typed.strip();
        if (!host.isEmpty() && !HOST.matcher(host).matches()) {
            throw new IllegalArgumentException("must be a host name like smtp.example.com, or left blank");
        }
        return host;
    }

    private static InternetAddress validFrom(String value) {
        try {
            var address = new InternetAddress(value.strip(), true);
            if (!address.isGroup()) {
                return address;
            }
        } catch (AddressException e) {
            // said below
        }
        throw new IllegalArgumentException("must be one address like \"Gazette <noreply@news.example.com>\"");
    }
}
