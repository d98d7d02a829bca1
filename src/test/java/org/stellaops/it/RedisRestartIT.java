// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.it;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.stellaops.it.ProblemResponses.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Redis restarted without persistence under a running server: readiness follows Redis down
 * and up, the API answers 503 problems meanwhile, the scans Redis forgot end in a way their
 * clients can tell apart from success, and the server takes new scans once Redis is back.
 */
@Timeout(value = 120, unit = SECONDS)
class RedisRestartIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    static Path dir;
    static RedisProcess redis;
    static ServerProcess server;
    static ApiClient api;
    static final SseClient SSE = new SseClient();

    @BeforeAll
    static void startServer() {
        redis = RedisProcess.started();
        server = new ServerProcess("redis-restart", ItPaths.copyOfExampleDb(dir)).redis(redis)
                .with("stella.server.max-running", "1")
                .start();
        api = new ApiClient(server);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.stop();
        }
        if (redis != null) {
            redis.stop();
        }
    }

    @Test
    void scansLostWithRedisEndClearlyAndNewScansComplete() {
        String running = api.submit(Sboms.synthetic(200_000));
        String queued = api.submit(ItPaths.juiceShop());
        List<SseEvent> runningEvents = new ArrayList<>();
        List<SseEvent> queuedEvents = new ArrayList<>();
        try (EventStream ofRunning = SSE.open(api.events(running));
                EventStream ofQueued = SSE.open(api.events(queued))) {
            runningEvents.addAll(ofRunning.readUntil(e -> e.type().equals("stage-started")));
            queuedEvents.addAll(ofQueued.readUntil(e -> e.type().equals("queued")));
            assertThat(api.state(queued).path("state").asText()).isEqualTo("queued");

            redis.stop();

            ApiClient.Readiness down = api.awaitReady("readiness down", r -> r.status() == 503);
            assertThat(down.redis()).startsWith("Redis does not answer");
            HttpResponse<byte[]> refused = api.post("/scan",
                    ApiClient.read(ItPaths.juiceShop()), "application/json");
            assertThat(assertProblem(refused, 503).path("detail").asText())
                    .contains("does not answer");
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            assertProblem(api.get("/scans/" + running), 503);

            redis.start();

            api.awaitReady("readiness up again", r -> r.status() == 200);
            runningEvents.addAll(ofRunning.readToEnd());
            queuedEvents.addAll(ofQueued.readToEnd());
        }

        // the running scan is recorded as failed, saying why
        JsonNode lost = api.awaitEnd(running, PATIENCE);
        assertThat(lost.path("state").asText()).isEqualTo("failed");
        assertThat(lost.path("error").asText()).contains("lost from Redis");
        assertThat(runningEvents.get(runningEvents.size() - 1)).satisfies(end -> {
            assertThat(end.type()).isEqualTo("failed");
            assertThat(end.json().path("reason").asText()).contains("Redis");
        });
        assertThat(runningEvents).filteredOn(SseEvent::terminal).hasSize(1);
        // the queued scan is forgotten; its follower was told why
        assertThat(assertProblem(api.get("/scans/" + queued), 404).path("detail").asText())
                .contains(queued);
        assertThat(SseEvent.types(queuedEvents)).containsExactly("queued", "failed");
        assertThat(queuedEvents.get(1).json().path("reason").asText()).contains("gone from Redis");
        // and the server works again
        HttpResponse<byte[]> fresh = api.post("/scan?wait=true",
                ApiClient.read(ItPaths.juiceShop()), "application/json");
        assertThat(fresh.statusCode()).as(new String(fresh.body())).isEqualTo(200);
        assertThat(ApiClient.json(fresh.body()).path("findings")).hasSize(22);
    }
}
