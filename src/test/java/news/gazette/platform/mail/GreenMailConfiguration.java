package news.gazette.platform.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A real SMTP server (GreenMail) for the test application, on the port {@code spring.mail.port} names. Tests stop
 * and start it to play an unreachable server; it comes back on the same port, where the mail sender looks.
 */
@TestConfiguration(proxyBeanMethods = false)
public class GreenMailConfiguration {

    public static final String HOST = "127.0.0.1";

    public static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Bean(destroyMethod = "stop")
    GreenMail greenMail(@Value("${spring.mail.port}") int port) {
        var server = new GreenMail(new ServerSetup(port, HOST, ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }
}
