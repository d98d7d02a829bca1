// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The queue's bound holds across replicas: two servers that run one scan each and admit two
 * waiting scans in all answer 429 with Retry-After for the rest, and never let more wait.
 */
class QueueBoundIT {

    @TempDir
    static Path work;

    private static RedisProcess redis;
    private static ServerProcess a;
    private static ServerProcess b;

    @BeforeAll
    static void start() {
        redis = RedisProcess.started();
        Path db = ItPaths.copyOfExampleDb(work);
        a = new ServerProcess("queue-a", db).redis(redis).replica("queue-a")
                .with("stella.server.max-running", "1").with("stella.server.max-queued", "2")
                .start();
        b = new ServerProcess("queue-b", db).redis(redis).replica("queue-b")
                .with("stella.server.max-running", "1").with("stella.server.max-queued", "2")
                .start();
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable closing : new AutoCloseable[] {a, b, redis}) {
            try {
                if (closing != null) {
                    closing.close();
                }
            } catch (Exception e) {
                // the next fixture still has to stop
            }
        }
    }

    @Test
    void fullQueueAnswers429WithRetryAfterOnEveryReplica() {
        byte[] slow = ApiClient.read(Sboms.synthetic(30_000));
        List<Integer> statuses = new ArrayList<>();
        List<HttpResponse<byte[]>> refused = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ApiClient api = new ApiClient(i % 2 == 0 ? a : b);
            HttpResponse<byte[]> answer = api.post("/scan", slow, "application/json");
            statuses.add(answer.statusCode());
            if (answer.statusCode() == 429) {
                refused.add(answer);
            } else {
                accepted.add(ApiClient.json(answer.body()).path("id").asText());
            }
        }

        // at most two running (one per replica) and two waiting: four admitted of eight
        assertThat(accepted).as("statuses %s", statuses).hasSizeLessThanOrEqualTo(4)
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(refused).isNotEmpty().allSatisfy(answer -> {
            assertThat(answer.headers().firstValue("Retry-After")).isPresent();
            assertThat(answer.headers().firstValue("Content-Type"))
                    .hasValue("application/problem+json");
            assertThat(new String(answer.body(), StandardCharsets.UTF_8))
                    .contains("stella.server.max-queued");
        });
        ApiClient api = new ApiClient(a);
        for (String id : accepted) {
            assertThat(api.awaitEnd(id, Duration.ofMinutes(2)).path("state").asText())
                    .isEqualTo("completed");
        }
    }
}
