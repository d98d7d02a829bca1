// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * One open SSE response, read on the caller's thread and only as fast as the caller asks, so
 * a test can read slowly or stop reading. Frames are parsed as the HTML standard says:
 * {@code field: value} lines, a blank line ends an event, lines starting with {@code :} are
 * comments (counted as heartbeats), {@code retry:} is remembered.
 */
final class EventStream implements AutoCloseable {

    private final InputStream body;
    private final BufferedReader reader;
    private final List<SseEvent> received = new ArrayList<>();
    private long retry = -1;
    private int heartbeats;
    private boolean ended;

    EventStream(InputStream body) {
        this.body = body;
        this.reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
    }

    /** The next event, or null once the server has closed the stream. */
    SseEvent next() {
        if (ended) {
            return null;
        }
        String id = null;
        String type = "message";
        StringBuilder data = null;
        try {
            for (String line = reader.readLine(); ; line = reader.readLine()) {
                if (line == null) {
                    ended = true;
                    return null;
                }
                if (line.isEmpty()) {
                    if (data != null) {
                        SseEvent event = new SseEvent(id == null ? -1 : Long.parseLong(id), type,
                                data.toString());
                        received.add(event);
                        return event;
                    }
                    continue;
                }
                if (line.startsWith(":")) {
                    heartbeats++;
                    continue;
                }
                int colon = line.indexOf(':');
                String field = colon < 0 ? line : line.substring(0, colon);
                String value = colon < 0 ? "" : line.substring(colon + 1);
                value = value.startsWith(" ") ? value.substring(1) : value;
                switch (field) {
                    case "id" -> id = value;
                    case "event" -> type = value;
                    case "data" -> data = data == null
                            ? new StringBuilder(value) : data.append('\n').append(value);
                    case "retry" -> retry = Long.parseLong(value);
                    default -> { }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("event stream broke after " + received.size()
                    + " events", e);
        }
    }

    /** Events up to and including the first that matches, or to the end of the stream. */
    List<SseEvent> readUntil(Predicate<SseEvent> last) {
        List<SseEvent> events = new ArrayList<>();
        for (SseEvent event = next(); event != null; event = next()) {
            events.add(event);
            if (last.test(event)) {
                break;
            }
        }
        return events;
    }

    /** Every event until the server closes the stream. */
    List<SseEvent> readToEnd() {
        return readUntil(event -> false);
    }

    /** Everything this stream has handed out so far. */
    List<SseEvent> received() {
        return List.copyOf(received);
    }

    boolean ended() {
        return ended;
    }

    /** The {@code retry:} the server asked for, or -1. */
    long retry() {
        return retry;
    }

    int heartbeats() {
        return heartbeats;
    }

    /** Drops the connection, as a client that goes away mid-stream does. */
    @Override
    public void close() {
        try {
            body.close();
        } catch (IOException e) {
            // the connection is going away either way
        }
    }
}
