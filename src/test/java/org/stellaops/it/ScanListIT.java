// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The list of scans in Redis ages out with the scans it names, whether or not anyone lists
 * them: nothing the server keeps grows for ever.
 */
class ScanListIT {

    @TempDir
    static Path work;

    private static RedisProcess redis;
    private static ServerProcess server;
    private static ApiClient api;

    @BeforeAll
    static void start() {
        redis = RedisProcess.started();
        server = new ServerProcess("scan-list", ItPaths.copyOfExampleDb(work)).redis(redis)
                .with("stella.server.scan-ttl", "2s").start();
        api = new ApiClient(server);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (redis != null) {
            redis.close();
        }
    }

    @Test
    void scansPastTheirTtlLeaveTheList() throws InterruptedException {
        String old = api.submit(ItPaths.juiceShop());
        api.awaitEnd(old, Duration.ofSeconds(60));
        Thread.sleep(2500);

        String fresh = api.submit(ItPaths.juiceShop());

        // read before any listing, which would also drop expired ids on its way
        assertThat(zcard("stella:scans")).isEqualTo(1);
        JsonNode page = ApiClient.json(api.get("/scans?limit=200").body());
        assertThat(page.path("scans").findValuesAsText("id")).containsExactly(fresh);
        assertThat(page.path("total").asLong()).isEqualTo(1);
        assertThat(api.state(old)).as("its state expired with it").isNull();
    }

    /** ZCARD over a bare RESP connection. */
    private static long zcard(String key) {
        URI url = URI.create(redis.url());
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            String command = "*2\r\n$5\r\nZCARD\r\n$" + key.length() + "\r\n" + key + "\r\n";
            socket.getOutputStream().write(command.getBytes(StandardCharsets.US_ASCII));
            String reply = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            assertThat(reply).startsWith(":");
            return Long.parseLong(reply.substring(1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
