// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * An SSE subscriber that sends its request and then never reads a byte, over a socket with
 * the smallest receive buffer the kernel allows: whatever the server writes to it piles up
 * on the server's side of the connection.
 */
final class StalledReader implements AutoCloseable {

    private final Socket socket = new Socket();

    StalledReader(URI events) {
        try {
            socket.setReceiveBufferSize(1024);
            socket.connect(new InetSocketAddress(events.getHost(), events.getPort()), 5000);
            String request = "GET " + events.getRawPath() + " HTTP/1.1\r\n"
                    + "Host: " + events.getHost() + ":" + events.getPort() + "\r\n"
                    + "Accept: text/event-stream\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // going away either way
        }
    }
}
