// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.api;

import io.vertx.core.Context;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import org.stellaops.store.StoredEvent;

/**
 * One client's Server-Sent Events stream. Events are written on the connection's own event
 * loop, in order. A client that reads slower than events come gets them queued here, up to a
 * bound; past it the stream is closed, and the client resumes with Last-Event-ID. Either way
 * the scan itself never waits for a client: its events go to Redis, not to sockets.
 */
final class SseStream {

    private final String scanId;
    private final HttpServerResponse response;
    private final Context context;
    private final int bound;
    private final Deque<Buffer> backlog = new ArrayDeque<>();
    private Runnable onEnd = () -> { };
    private boolean ended;

    SseStream(String scanId, HttpServerResponse response, Context context, int bound) {
        this.scanId = scanId;
        this.response = response;
        this.context = context;
        this.bound = bound;
        response.drainHandler(v -> drain());
    }

    void onEnd(Runnable onEnd) {
        this.onEnd = onEnd;
    }

    /** Hands an event over from any thread; it is written on the stream's context. */
    void send(StoredEvent event) {
        Buffer frame = Buffer.buffer(frameOf(event));
        boolean terminal = event.terminal();
        context.runOnContext(v -> write(frame, terminal));
    }

    void heartbeat() {
        context.runOnContext(v -> write(Buffer.buffer(": heartbeat\n\n"), false));
    }

    private void write(Buffer frame, boolean terminal) {
        if (ended || response.closed()) {
            return;
        }
        if (!backlog.isEmpty() || response.writeQueueFull()) {
            backlog.add(frame);
            if (backlog.size() > bound) {
                // too slow a reader: close, and let it resume from its Last-Event-ID
                end(true);
                return;
            }
        } else {
            response.write(frame);
        }
        if (terminal) {
            if (backlog.isEmpty()) {
                end(false);
            } else {
                backlog.add(null);
            }
        }
    }

    private void drain() {
        while (!backlog.isEmpty() && !response.writeQueueFull()) {
            Buffer next = backlog.poll();
            if (next == null) {
                end(false);
                return;
            }
            response.write(next);
        }
    }

    private void end(boolean abort) {
        if (ended) {
            return;
        }
        ended = true;
        backlog.clear();
        if (abort) {
            response.reset();
        } else {
            response.end();
        }
        onEnd.run();
    }

    private String frameOf(StoredEvent event) {
        String time = event.time() != null ? event.time()
                : Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
        String body = event.body().strip();
        String rest = body.length() > 2 ? "," + body.substring(1) : "}";
        String data = "{\"scanId\":\"" + scanId + "\",\"seq\":" + event.seq() + ",\"time\":\""
                + time + "\",\"type\":\"" + event.type() + "\"" + rest;
        return "id: " + event.seq() + "\nevent: " + event.type() + "\ndata: " + data + "\n\n";
    }
}
