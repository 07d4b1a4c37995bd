package news.gazette.platform.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Accepts connections and never says a word, like a mail server that hangs: a client waits for the greeting
 * until its read timeout. Closing it hangs up on everyone connected.
 */
final class SilentSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final List<Socket> connections = new CopyOnWriteArrayList<>();

    SilentSmtpServer(int port) {
        try {
            socket = new ServerSocket(port, 50, InetAddress.getByName(GreenMailConfiguration.HOST));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread.ofVirtual().start(this::accept);
    }

    int connections() {
        return connections.size();
    }

    private void accept() {
        try {
            while (true) {
                connections.add(socket.accept());
            }
        } catch (IOException closed) {
            // close() ends the loop
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket connection : connections) {
            connection.close();
        }
    }
}
