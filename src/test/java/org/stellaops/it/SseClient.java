// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Subscribes to scan histories over {@code java.net.http}, optionally resuming after a
 * {@code Last-Event-ID}. A refused subscription (a problem document) fails the test with
 * what the server said.
 */
final class SseClient {

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    EventStream open(URI events) {
        return open(events, -1);
    }

    /** Opens the stream; {@code lastEventId} below 0 sends no {@code Last-Event-ID}. */
    EventStream open(URI events, long lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(events)
                .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(30));
        if (lastEventId >= 0) {
            request.header("Last-Event-ID", String.valueOf(lastEventId));
        }
        try {
            HttpResponse<InputStream> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (response.statusCode() != 200 || !type.startsWith("text/event-stream")) {
                try (InputStream body = response.body()) {
                    throw new AssertionError("GET " + events + " answered "
                            + response.statusCode() + " " + type + ": "
                            + new String(body.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            return new EventStream(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
