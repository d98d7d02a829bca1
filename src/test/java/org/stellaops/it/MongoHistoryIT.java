// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The optional MongoDB history. No MongoDB server can be installed where we build, so this
 * runs against de.bwaldvogel:mongo-java-server (in-memory backend) over a real connection:
 * the server's own MongoDB client talks the wire protocol to it, and this test reads the
 * collections back with the MongoDB sync driver.
 */
class MongoHistoryIT {

    @TempDir
    static Path work;

    private static MongoServer mongo;
    private static String connection;
    private static ServerProcess server;
    private static ApiClient api;

    @BeforeAll
    static void start() {
        mongo = new MongoServer(new MemoryBackend());
        mongo.bind("127.0.0.1", 0);
        InetSocketAddress address = mongo.getLocalAddress();
        connection = "mongodb://127.0.0.1:" + address.getPort();
        server = new ServerProcess("mongo-history", ItPaths.copyOfExampleDb(work))
                .with("quarkus.mongodb.connection-string", connection).start();
        api = new ApiClient(server);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (mongo != null) {
            mongo.shutdownNow();
        }
    }

    @Test
    void endedScansAndTheAuditTrailGoToMongoDb() {
        String id = api.submit(ItPaths.juiceShop());
        api.awaitEnd(id, Duration.ofSeconds(60));

        try (MongoClient client = MongoClients.create(connection)) {
            Document scan = Await.until("scan " + id + " recorded as completed",
                    Duration.ofSeconds(10),
                    () -> client.getDatabase("stella").getCollection("scans")
                            .find(Filters.eq("_id", id)).first(),
                    d -> d != null && "completed".equals(d.getString("state")));
            Document fields = scan.get("fields", Document.class);
            assertThat(fields.getString("findings")).isEqualTo("22");
            assertThat(fields.getString("snapshot")).startsWith("sha256:");

            List<Document> audit = client.getDatabase("stella").getCollection("audit")
                    .find(Filters.eq("subject", id)).into(new ArrayList<>());
            assertThat(audit).extracting(d -> d.getString("action")).contains("scan.submit");
        }
    }

    @Test
    void scanListOutlivesRedis() {
        String id = api.submit(ItPaths.juiceShop());
        api.awaitEnd(id, Duration.ofSeconds(60));

        // the embedded Redis lives and dies with the server: a restart loses everything in it
        server.stop();
        server.start();

        JsonNode page = ApiClient.json(api.get("/scans?limit=200").body());
        assertThat(page.path("source").asText()).isEqualTo("mongodb");
        List<String> listed = new ArrayList<>();
        page.path("scans").forEach(s -> listed.add(s.path("id").asText()));
        assertThat(listed).contains(id);
        assertThat(api.state(id)).as("Redis no longer knows the scan").isNull();
    }
}
