package news.gazette.newsroom;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import news.gazette.platform.mail.MailServer;

/**
 * What the Settings page's "Email" form posts, as typed. The password is write-only: never shown back, a blank one
 * keeps the password set; {@code removePassword} is "on" to clear it.
 */
public record EmailSettingsForm(String host, String port, String security, String username, String password,
                                String removePassword, String from) {

    public EmailSettingsForm {
        host = Objects.toString(host, "");
        port = Objects.toString(port, "");
        security = Objects.toString(security, "");
        username = Objects.toString(username, "");
        password = Objects.toString(password, "");
        removePassword = Objects.toString(removePassword, "");
        from = Objects.toString(from, "");
    }

    static EmailSettingsForm of(MailServer server) {
        return new EmailSettingsForm(server.host(), Integer.toString(server.port()), server.security().value(),
                server.username(), "", "", server.from());
    }

    /** The form as typed, less the password, for showing it again. */
    EmailSettingsForm withoutPassword() {
        return new EmailSettingsForm(host, port, security, username, "", removePassword, from);
    }

    boolean removesPassword() {
        return !removePassword.isEmpty();
    }

    Map<String, String> fields() {
        var fields = new LinkedHashMap<String, String>();
        fields.put("host", host);
        fields.put("port", port);
        fields.put("security", security);
        fields.put("username", username);
        fields.put("password", password);
        fields.put("from", from);
        return fields;
    }

    /** Everything but the password, which a page never shows. */
    @Override
    public String toString() {
        return "EmailSettingsForm[host=" + host + ", port=" + port + ", security=" + security + ", username="
                + username + ", from=" + from + "]";
    }
}
