// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP/1.1 over a bare socket, for what {@code java.net.http} will not send: a request head
 * whose body never comes, or a chunked body the server refuses half-way.
 */
final class RawHttp {

    private static final int CHUNK = 1 << 16;

    private RawHttp() {
    }

    /** Sends a request head alone and reads the answer. */
    static String exchange(int port, String head) throws IOException {
        try (Socket socket = connected(port)) {
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return answerOf(socket.getInputStream());
        }
    }

    /** Sends a head, then {@code total} bytes of chunks while it reads the answer. */
    static String exchangeChunked(int port, String head, int total) throws IOException {
        try (Socket socket = connected(port)) {
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            CompletableFuture<Void> upload = CompletableFuture.runAsync(
                    () -> writeChunks(out, total));
            try {
                return answerOf(socket.getInputStream());
            } finally {
                upload.cancel(true);
            }
        }
    }

    private static Socket connected(int port) throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(10_000);
        return socket;
    }

    /** An answer's head and its Content-Length body (the server may keep the socket open). */
    private static String answerOf(InputStream in) throws IOException {
        StringBuilder answer = new StringBuilder();
        while (answer.indexOf("\r\n\r\n") < 0) {
            int c = in.read();
            if (c < 0) {
                return answer.toString();
            }
            answer.append((char) c);
        }
        Matcher length = Pattern.compile("(?im)^content-length: *(\\d+)").matcher(answer);
        int size = length.find() ? Integer.parseInt(length.group(1)) : 0;
        return answer + new String(in.readNBytes(size), StandardCharsets.UTF_8);
    }

    private static void writeChunks(OutputStream out, int total) {
        byte[] chunk = (Integer.toHexString(CHUNK) + "\r\n" + " ".repeat(CHUNK) + "\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        try {
            for (int sent = 0; sent < total; sent += CHUNK) {
                out.write(chunk);
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException e) {
            // refused mid-body: the answer says why
        }
    }
}
