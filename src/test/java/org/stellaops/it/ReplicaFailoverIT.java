// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.it;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two replicas sharing one Redis (lease 2 s): a scan's history is one sequence whichever
 * replica a client reads it from and however often it reconnects, and a scan whose replica
 * is killed is taken over by the other and finished exactly once.
 */
@Timeout(value = 120, unit = SECONDS)
class ReplicaFailoverIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    static Path dir;
    static RedisProcess redis;
    static ServerProcess a;
    static ServerProcess b;
    static final SseClient SSE = new SseClient();

    @BeforeAll
    static void startReplicas() {
        redis = RedisProcess.started();
        Path db = ItPaths.copyOfExampleDb(dir);
        a = replica("a", db);
        b = replica("b", db);
        a.launch();
        b.launch();
        a.awaitReady();
        b.awaitReady();
    }

    @AfterAll
    static void stopReplicas() {
        Stream.of(a, b).filter(Objects::nonNull).forEach(ServerProcess::stop);
        if (redis != null) {
            redis.stop();
        }
    }

    /** A test may have killed a replica: every test starts with both up. */
    @BeforeEach
    void bothReplicasRunning() {
        for (ServerProcess replica : List.of(a, b)) {
            if (!replica.alive()) {
                replica.start();
            }
        }
    }

    @Test
    void historyResumedOnEitherReplicaHasEverySequenceOnceInOrder() {
        ApiClient onA = new ApiClient(a);
        ApiClient onB = new ApiClient(b);
        String id = onA.submit(Sboms.synthetic(100_000));
        List<SseEvent> received = new ArrayList<>();

        try (EventStream fromB = SSE.open(onB.events(id))) {
            received.addAll(fromB.readUntil(e -> e.type().equals("stage-started")));
        }
        assertThat(onA.state(id).path("state").asText()).as("disconnected mid-scan")
                .isEqualTo("running");
        try (EventStream fromA = SSE.open(onA.events(id), Histories.lastId(received))) {
            received.addAll(fromA.readUntil(e -> e.type().equals("findings") || e.terminal()));
        }
        try (EventStream fromB = SSE.open(onB.events(id), Histories.lastId(received))) {
            received.addAll(fromB.readToEnd());
            assertThat(fromB.ended()).as("stream closed after the terminal event").isTrue();
        }

        Histories.assertWholeHistory(received, "completed");
        assertThat(SseEvent.types(received)).containsSubsequence("queued", "stage-started",
                "findings", "stage-finished", "completed");
        assertThat(onB.state(id).path("state").asText()).isEqualTo("completed");
    }

    @Test
    void scanOfAKilledReplicaIsFinishedByTheOtherOnce() {
        String id = new ApiClient(a).submit(Sboms.synthetic(200_000));
        JsonNode claimed = new ApiClient(a).awaitState(id, PATIENCE,
                s -> s.path("state").asText().equals("running"));
        ServerProcess owner = claimed.path("replica").asText().equals(a.replicaId()) ? a : b;
        ServerProcess survivor = owner == a ? b : a;
        ApiClient api = new ApiClient(survivor);
        List<SseEvent> history = new ArrayList<>();

        try (EventStream events = SSE.open(api.events(id))) {
            history.addAll(events.readUntil(e -> e.type().equals("stage-started")));
            owner.kill();
            history.addAll(events.readToEnd());
        }

        Histories.assertWholeHistory(history, "completed");
        JsonNode state = api.state(id);
        assertThat(state.path("state").asText()).isEqualTo("completed");
        assertThat(state.path("attempt").asInt()).isEqualTo(2);
        assertThat(state.path("replica").asText()).isEqualTo(survivor.replicaId());
        assertThat(state.path("report").path("findings")).hasSize(Sboms.SYNTHETIC_FINDINGS);
        List<SseEvent> warnings = history.stream()
                .filter(e -> e.type().equals("warning")).toList();
        assertThat(warnings).singleElement().satisfies(warning -> {
            assertThat(warning.json().path("message").asText())
                    .contains("taken over from replica " + owner.replicaId());
            assertThat(warning.json().path("previousReplica").asText())
                    .isEqualTo(owner.replicaId());
        });
        // the survivor ran the scan again from its first stage, after the warning
        List<String> types = SseEvent.types(history);
        int warning = types.indexOf("warning");
        assertThat(types.subList(0, warning)).contains("stage-started");
        assertThat(types.subList(warning, types.size()))
                .containsSubsequence("stage-started", "findings", "completed");
        assertThat(history.get(warning + 1).json().path("stage").asText()).isEqualTo("sbom");
    }

    private static ServerProcess replica(String name, Path db) {
        return new ServerProcess("replica-" + name, db).redis(redis).replica("replica-" + name)
                .with("stella.server.heartbeat", "1s");
    }
}
