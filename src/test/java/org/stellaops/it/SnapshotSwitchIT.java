// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.it;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A snapshot imported into the server's database while it scans: the server switches without
 * a restart, a scan keeps the snapshot it started with, and scans that start later (queued
 * before the switch or submitted after it) match against the new one.
 */
@Timeout(value = 120, unit = SECONDS)
class SnapshotSwitchIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    static Path dir;
    static Path db;
    static ServerProcess server;
    static ApiClient api;

    @BeforeAll
    static void startServer() {
        db = ItPaths.copyOfExampleDb(dir);
        server = new ServerProcess("snapshot-switch", db)
                .with("stella.server.max-running", "1")
                .start();
        api = new ApiClient(server);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void runningScanKeepsItsSnapshotAndLaterScansGetTheImportedOne() {
        String old = ItPaths.currentDigest(db);
        String running = api.submit(Sboms.synthetic(100_000));
        try (EventStream events = new SseClient().open(api.events(running))) {
            events.readUntil(e -> e.type().equals("stage-started"));
        }
        String queued = api.submit(ItPaths.juiceShop());

        String imported = StellaCli.importInto(db, ItPaths.exampleAdvisories(),
                ItPaths.corpus().resolve("osv-ghsa-sample"));

        assertThat(imported).isNotEqualTo(old);
        api.awaitReady("the imported snapshot loaded", r -> r.snapshot().equals(imported));
        assertThat(api.state(running).path("state").asText()).as("switched while it ran")
                .isEqualTo("running");
        JsonNode first = api.awaitEnd(running, PATIENCE);
        JsonNode second = api.awaitEnd(queued, PATIENCE);
        JsonNode later = api.state(api.submitAndWait(ItPaths.juiceShop()));
        assertThat(first.path("state").asText()).isEqualTo("completed");
        assertThat(first.path("snapshot").asText()).isEqualTo(old);
        assertThat(reportDigest(first)).isEqualTo(old);
        assertThat(second.path("state").asText()).isEqualTo("completed");
        assertThat(reportDigest(second)).isEqualTo(imported);
        assertThat(reportDigest(later)).isEqualTo(imported);
        assertThat(api.ready().snapshot()).isEqualTo(imported);
        JsonNode scans = ApiClient.json(api.get("/scans?limit=200").body()).path("scans");
        assertThat(scans.findValuesAsText("state")).hasSize(3).containsOnly("completed");
    }

    private static String reportDigest(JsonNode state) {
        return state.path("report").path("advisorySnapshot").path("digest").asText();
    }
}
