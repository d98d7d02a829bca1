// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.bench.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.stellaops.store.RedisKeys;

/**
 * One connection to the server's Redis, for the queue depth as Redis holds it now (the
 * server's own gauge is refreshed once a second, this is exact at the moment it is asked) and
 * for its memory and eviction counters. Speaks just enough RESP for an integer and a bulk
 * reply.
 */
final class RedisProbe implements AutoCloseable {

    private final Socket socket;
    private final OutputStream out;
    private final BufferedReader in;

    RedisProbe(int port) throws IOException {
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        out = socket.getOutputStream();
        in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                StandardCharsets.US_ASCII));
    }

    /** Scans waiting for a worker: the size of the server's {@code stella:queued} set. */
    long queued() throws IOException {
        out.write(("ZCARD " + RedisKeys.QUEUED + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String reply = in.readLine();
        if (reply == null || !reply.startsWith(":")) {
            throw new IOException("Redis answered ZCARD with " + reply);
        }
        return Long.parseLong(reply.substring(1));
    }

    /** One field of {@code INFO}, e.g. {@code info("memory", "used_memory")}; null if absent. */
    String info(String section, String field) throws IOException {
        out.write(("INFO " + section + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String header = in.readLine();
        if (header == null || !header.startsWith("$")) {
            throw new IOException("Redis answered INFO with " + header);
        }
        char[] body = new char[Integer.parseInt(header.substring(1)) + 2];
        for (int read = 0; read < body.length; ) {
            int n = in.read(body, read, body.length - read);
            if (n < 0) {
                throw new IOException("Redis closed the connection inside INFO");
            }
            read += n;
        }
        String value = null;
        for (String line : new String(body).split("\r\n")) {
            if (line.startsWith(field + ":")) {
                value = line.substring(field.length() + 1);
            }
        }
        return value;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
