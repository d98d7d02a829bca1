// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.bench.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * How long a scan's {@code completed} event takes to reach a Server-Sent Events subscriber:
 * the event's arrival on this client's wall clock minus the {@code time} the server stamped on
 * it when it wrote the scan's end (same machine, same clock). The id is known only once the
 * scan is queued, so each scan is submitted without waiting and its stream opened at once;
 * a stream that opened after the scan had already ended replays the history instead of
 * following it live, and is counted apart as late, not measured.
 *
 * <p>Usage: {@code EventLatency URL SBOM WARMUP SCANS}. Prints one line of key=value. The
 * server's {@code time} has millisecond resolution, truncated, so each figure reads up to
 * 1 ms high.
 */
public final class EventLatency {

    private EventLatency() {
    }

    public static void main(String[] args) throws Exception {
        BenchClient client = new BenchClient(args[0]);
        Path file = Path.of(args[1]);
        byte[] sbom = Files.readAllBytes(file);
        String type = BenchClient.contentTypeOf(file);
        int warmup = Integer.parseInt(args[2]);
        int scans = Integer.parseInt(args[3]);

        Latencies latencies = new Latencies();
        int late = 0;
        for (int i = 0; i < warmup + scans; i++) {
            long delayNanos = follow(client, submit(client, sbom, type));
            if (delayNanos < 0) {
                late++;
            } else if (i >= warmup) {
                latencies.add(delayNanos);
            }
        }
        System.out.printf(Locale.ROOT, "scans=%d late_subscriptions=%d %s%n", scans, late,
                latencies.summary("event"));
    }

    private static String submit(BenchClient client, byte[] sbom, String type) {
        HttpResponse<byte[]> answer = client.post("/scan", type, sbom);
        if (answer.statusCode() != 202) {
            throw new IllegalStateException("POST /scan answered " + answer.statusCode());
        }
        return BenchClient.readJson(answer.body()).path("id").asText();
    }

    /** Nanoseconds from the event's server time to its arrival here; -1 when late. */
    private static long follow(BenchClient client, String id) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(client.uri("/scans/" + id + "/events"))
                .timeout(Duration.ofSeconds(120)).header("Accept", "text/event-stream").GET()
                .build();
        HttpResponse<Stream<String>> stream = client.http().send(request,
                HttpResponse.BodyHandlers.ofLines());
        Instant opened = Instant.now();
        try (Stream<String> lines = stream.body()) {
            String event = null;
            Iterator<String> it = lines.iterator();
            while (it.hasNext()) {
                String line = it.next();
                if (line.startsWith("event: ")) {
                    event = line.substring("event: ".length());
                } else if (line.startsWith("data: ") && "completed".equals(event)) {
                    Instant arrived = Instant.now();
                    JsonNode data = BenchClient.JSON.readTree(line.substring("data: ".length()));
                    Instant stamped = Instant.parse(data.path("time").asText());
                    return opened.isAfter(stamped) ? -1
                            : Duration.between(stamped, arrived).toNanos();
                } else if (line.startsWith("data: ") && ("failed".equals(event)
                        || "cancelled".equals(event))) {
                    throw new IllegalStateException("scan " + id + " ended " + event + ": "
                            + line);
                }
            }
        }
        throw new IllegalStateException("the event stream of scan " + id
                + " closed without a terminal event");
    }
}
