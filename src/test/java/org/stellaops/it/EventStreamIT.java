// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.it;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Event streams of one server under many, slow and resuming clients: every subscriber gets
 * the same history in order, a client that reads slowly or not at all costs the scan nothing,
 * and a client resuming with {@code Last-Event-ID} gets exactly what it missed.
 */
@Timeout(value = 120, unit = SECONDS)
class EventStreamIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final int SUBSCRIBERS = 100;

    @TempDir
    static Path dir;
    static ServerProcess server;
    static ApiClient api;
    static final SseClient SSE = new SseClient();
    static ExecutorService clients;

    @BeforeAll
    static void startServer() {
        server = new ServerProcess("event-stream", ItPaths.copyOfExampleDb(dir))
                .with("stella.server.heartbeat", "1s")
                .start();
        api = new ApiClient(server);
        clients = Executors.newFixedThreadPool(SUBSCRIBERS + 1);
    }

    @AfterAll
    static void stopServer() {
        if (clients != null) {
            clients.shutdownNow();
        }
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void hundredSubscribersOfOneScanReceiveTheSameEventsInOrder() throws Exception {
        String id = api.submit(Sboms.synthetic(100_000));
        CountDownLatch subscribed = new CountDownLatch(SUBSCRIBERS);
        List<Future<List<SseEvent>>> subscribers = new ArrayList<>();

        for (int i = 0; i < SUBSCRIBERS; i++) {
            subscribers.add(clients.submit(() -> {
                try (EventStream stream = SSE.open(api.events(id))) {
                    subscribed.countDown();
                    return stream.readToEnd();
                }
            }));
        }

        assertThat(subscribed.await(30, SECONDS)).as("all subscribed").isTrue();
        assertThat(api.state(id).path("state").asText()).as("subscribed while it ran")
                .isNotEqualTo("completed");
        List<List<SseEvent>> received = new ArrayList<>();
        for (Future<List<SseEvent>> subscriber : subscribers) {
            received.add(subscriber.get(60, SECONDS));
        }
        List<SseEvent> first = received.get(0);
        Histories.assertWholeHistory(first, "completed");
        assertThat(received).hasSize(SUBSCRIBERS)
                .allSatisfy(events -> assertThat(events).containsExactlyElementsOf(first));
    }

    @Test
    void slowAndStalledSubscribersDoNotSlowTheScan() throws Exception {
        Path sbom = Sboms.synthetic(100_000);
        // the first scans of a JVM run before the JIT caught up: measure the second
        api.awaitEnd(api.submit(sbom), PATIENCE);
        Duration alone = durationOf(api.awaitEnd(api.submit(sbom), PATIENCE));
        String id = api.submit(sbom);
        List<StalledReader> stalled = new ArrayList<>();
        AtomicBoolean hurry = new AtomicBoolean();
        List<SseEvent> slowlyRead = new CopyOnWriteArrayList<>();

        Future<?> slowReader;
        JsonNode end;
        try (EventStream slow = SSE.open(api.events(id))) {
            for (int i = 0; i < 10; i++) {
                stalled.add(new StalledReader(api.events(id)));
            }
            slowReader = clients.submit(() -> readSlowly(slow, slowlyRead, hurry));
            end = api.awaitEnd(id, PATIENCE);
            int readWhenEnded = slowlyRead.size();
            hurry.set(true);
            slowReader.get(30, SECONDS);

            assertThat(readWhenEnded).as("the slow reader was behind when the scan ended")
                    .isLessThan(slowlyRead.size());
            assertThat(slow.heartbeats()).as("heartbeats while it lagged").isPositive();
        } finally {
            stalled.forEach(StalledReader::close);
        }

        assertThat(end.path("state").asText()).isEqualTo("completed");
        assertThat(durationOf(end)).as("alone it took %s", alone)
                .isLessThanOrEqualTo(alone.multipliedBy(3).dividedBy(2).plusSeconds(1));
        Histories.assertWholeHistory(slowlyRead, "completed");
    }

    @Test
    void resumingMidHistoryReplaysOnlyTheEventsAfterLastEventId() {
        String id = api.submitAndWait(ItPaths.juiceShop());
        List<SseEvent> whole;
        try (EventStream stream = SSE.open(api.events(id))) {
            whole = stream.readToEnd();
        }

        List<SseEvent> resumed;
        try (EventStream stream = SSE.open(api.events(id), 5)) {
            resumed = stream.readToEnd();
        }
        List<SseEvent> resumedByQuery;
        try (EventStream stream = SSE.open(URI.create(api.events(id) + "?lastEventId=5"))) {
            resumedByQuery = stream.readToEnd();
        }

        Histories.assertWholeHistory(whole, "completed");
        assertThat(resumed).containsExactlyElementsOf(whole.subList(5, whole.size()));
        assertThat(resumedByQuery).isEqualTo(resumed);
    }

    @Test
    void resumingAfterTheTerminalEventTellsTheClientToStop() throws IOException {
        String id = api.submitAndWait(ItPaths.juiceShop());
        long terminal;
        try (EventStream stream = SSE.open(api.events(id))) {
            terminal = Histories.lastId(stream.readToEnd());
        }

        HttpResponse<InputStream> resumed = api.open("/scans/" + id + "/events",
                "Last-Event-ID", String.valueOf(terminal));

        // 204 is what makes an EventSource stop reconnecting (HTML, server-sent events)
        try (InputStream body = resumed.body()) {
            assertThat(resumed.statusCode()).isEqualTo(204);
            assertThat(body.readAllBytes()).isEmpty();
        }
    }

    private static void readSlowly(EventStream stream, List<SseEvent> read,
            AtomicBoolean hurry) {
        for (SseEvent event = stream.next(); event != null; event = stream.next()) {
            read.add(event);
            if (!hurry.get()) {
                pause(1000);
            }
        }
    }

    private static Duration durationOf(JsonNode state) {
        return Duration.between(Instant.parse(state.path("submitted").asText()),
                Instant.parse(state.path("finished").asText()));
    }


    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
