package news.gazette.newsroom;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;

/** The mail the test SMTP server took, by recipient, and the newsroom links in it as paths. */
final class Inbox {

    private static final Pattern LINK = Pattern.compile("https://news\\.example\\.com(/login/reset/[A-Za-z0-9_-]+)");

    private final GreenMail smtp;

    Inbox(GreenMail smtp) {
        this.smtp = smtp;
    }

    /** Waits until {@code count} mails to {@code address} have arrived, and returns them oldest first. */
    List<MimeMessage> to(String address, int count) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> received(address).size() >= count);
        return received(address);
    }

    List<MimeMessage> received(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipients(m).contains(address)).toList();
    }

    static String text(MimeMessage mail) {
        try {
            return mail.getContent().toString();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The path of the link to choose a password in this mail. */
    static String link(MimeMessage mail) {
        var link = LINK.matcher(text(mail));
        if (!link.find()) {
            throw new AssertionError("no link in " + text(mail));
        }
        return link.group(1);
    }

    private static String recipients(MimeMessage message) {
        try {
            return Arrays.toString(message.getAllRecipients());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
