package news.gazette.platform.mail;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

import javax.net.ssl.SSLException;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.SendFailedException;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;

/** Why sending to the SMTP server failed, in words for the person who set the server up, without a stack trace. */
final class SmtpProblem {

    private SmtpProblem() {
    }

    /** @param server where mail went, "smtp.example.com:587" */
    static String describe(Throwable failure, String server) {
        if (find(failure, AuthenticationFailedException.class) != null
                || failure instanceof MailAuthenticationException) {
            return "The mail server at " + server + " refused the username or password.";
        }
        if (find(failure, UnknownHostException.class) != null) {
            return "There is no mail server called " + server.substring(0, server.lastIndexOf(':'))
                    + ": check the host name.";
        }
        if (find(failure, ConnectException.class) != null) {
            return "Could not connect to the mail server at " + server + " (" + deepestMessage(failure)
                    + "): check the host and the port.";
        }
        if (find(failure, SocketTimeoutException.class) != null) {
            return "The mail server at " + server + " did not answer in time: check the host, the port and the security.";
        }
        if (find(failure, SSLException.class) != null) {
            return "Could not make an encrypted connection to the mail server at " + server + " ("
                    + deepestMessage(failure) + "): check the security and the port.";
        }
        var refused = find(failure, SendFailedException.class);
        if (refused != null) {
            return "The mail server at " + server + " refused the mail: " + refused.getMessage().strip();
        }
        return "The mail server at " + server + " answered: " + deepestMessage(failure);
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        return causes(failure).stream().filter(type::isInstance).map(type::cast).findFirst().orElse(null);
    }

    private static String deepestMessage(Throwable failure) {
        return causes(failure).reversed().stream().map(Throwable::getMessage)
                .filter(message -> message != null && !message.isBlank()).map(String::strip).findFirst()
                .orElse(failure.getClass().getSimpleName());
    }

    // the failure, its causes, and what Spring's MailSendException keeps per failed message, outermost first
    private static List<Throwable> causes(Throwable failure) {
        var causes = new ArrayList<Throwable>();
        for (Throwable cause = failure; cause != null && !causes.contains(cause); cause = cause.getCause()) {
            causes.add(cause);
            if (cause instanceof MailSendException send && cause.getCause() == null) {
                for (Exception nested : send.getMessageExceptions()) {
                    causes.addAll(causes(nested));
                }
            }
        }
        return causes;
    }
}
