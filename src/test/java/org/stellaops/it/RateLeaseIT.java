// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.it;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Leased rate tokens on two replicas sharing one Redis (and so one salt): 20 requests per
 * second, leased 5 at a time for 1 s, at most 4 callers' leases per replica. Both trust
 * 127.0.0.1 as their proxy, so each test names fresh callers in X-Forwarded-For.
 */
@Timeout(value = 180, unit = SECONDS)
class RateLeaseIT {

    private static final int RATE = 20;
    private static final String CLIENT = "X-Forwarded-For";
    private static final String NO_SCAN = "/scans/" + "0".repeat(32);

    @TempDir
    static Path work;

    private static RedisProcess redis;
    private static ServerProcess a;
    private static ServerProcess b;

    @BeforeAll
    static void start() {
        redis = RedisProcess.started();
        Path db = ItPaths.copyOfExampleDb(work);
        a = replica("lease-a", db);
        b = replica("lease-b", db);
        a.launch();
        b.launch();
        a.awaitReady();
        b.awaitReady();
    }

    private static ServerProcess replica(String name, Path db) {
        return new ServerProcess(name, db).redis(redis).replica(name)
                .with("stella.quota.rate-limit", String.valueOf(RATE))
                .with("stella.quota.tiers.anonymous", "10")
                .with("stella.quota.trusted-proxies", "127.0.0.1,::1")
                .with("stella.quota.rate-lease-callers", "4");
    }

    @AfterAll
    static void stop() {
        Stream.of(a, b, redis).forEach(closing -> {
            try {
                if (closing != null) {
                    closing.close();
                }
            } catch (Exception e) {
                // the next fixture still has to stop
            }
        });
    }

    @Test
    void twoReplicasTogetherAdmitNoMoreThanTheRate() throws Exception {
        Flood flood = flood("192.0.2.1", Duration.ofSeconds(3), a, b);

        // every admitted request spent a token of the caller's one bucket in Redis: a full
        // bucket and what refilled while the flood lasted, whichever replica leased it
        long refilled = (long) Math.ceil(flood.seconds() * RATE);
        assertThat(flood.admitted()).isLessThanOrEqualTo(RATE + refilled + 1);
        // tokens still leased when the flood stopped are the only ones never spent (a batch
        // and a half per replica at most)
        assertThat(flood.admitted()).isGreaterThanOrEqualTo(refilled - 2 * 7);
        assertThat(flood.admittedOnEach()).allMatch(n -> n > 0);
        assertThat(flood.refused()).isNotEmpty().allSatisfy(answer -> {
            assertThat(answer.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(answer.headers().firstValue("X-Stella-Quota-Refused")).hasValue("rate");
            assertThat(answer.body()).contains("more than 20 requests per second");
        });
    }

    @Test
    void callersPastTheLeaseBoundAreStillHeldToTheirRate() throws Exception {
        ApiClient onA = new ApiClient(a);
        for (int i = 1; i <= 6; i++) {
            assertThat(onA.get(NO_SCAN, CLIENT, "198.51.100." + i).statusCode()).isEqualTo(404);
        }

        // a seventh caller finds replica a's leases taken, and asks Redis request by request
        // until the others lapse and it gets one: held to its rate either way
        Flood flood = flood("198.51.100.7", Duration.ofSeconds(2), a);

        long refilled = (long) Math.ceil(flood.seconds() * RATE);
        assertThat(flood.admitted()).isLessThanOrEqualTo(RATE + refilled + 1);
        assertThat(flood.refused()).isNotEmpty();
    }

    @Test
    void remainingScansSeenOnTheOtherReplicaCatchUpWithinTheLeaseTime() throws Exception {
        String caller = "203.0.113.9";
        ApiClient onA = new ApiClient(a);
        ApiClient onB = new ApiClient(b);
        assertThat(remaining(onB.get(NO_SCAN, CLIENT, caller))).isEqualTo("10");

        HttpResponse<byte[]> scan = onA.post("/scan", ApiClient.read(Sboms.synthetic(5)),
                "application/json", CLIENT, caller);
        assertThat(scan.statusCode()).isEqualTo(202);
        assertThat(scan.headers().firstValue("X-Stella-Quota-Remaining")).hasValue("9");
        Thread.sleep(1100); // b's lease, and the count it learnt with it, lapse

        assertThat(remaining(onB.get(NO_SCAN, CLIENT, caller))).isEqualTo("9");
    }

    private static String remaining(HttpResponse<?> answer) {
        return answer.headers().firstValue("X-Stella-Quota-Remaining").orElseThrow();
    }

    /** What two clients per replica got from sending as fast as they could for a while. */
    private record Flood(double seconds, List<Long> admittedOnEach,
            List<HttpResponse<String>> refused) {

        long admitted() {
            return admittedOnEach.stream().mapToLong(Long::longValue).sum();
        }
    }

    private static Flood flood(String caller, Duration lasting, ServerProcess... servers)
            throws Exception {
        List<ApiClient> replicas = new ArrayList<>();
        for (ServerProcess server : servers) {
            replicas.add(new ApiClient(server));
            replicas.add(new ApiClient(server));
        }
        ExecutorService pool = Executors.newFixedThreadPool(replicas.size());
        List<Future<List<HttpResponse<String>>>> sent = new ArrayList<>();
        long start = System.nanoTime();
        try {
            for (ApiClient api : replicas) {
                sent.add(pool.submit(() -> {
                    List<HttpResponse<String>> answers = new ArrayList<>();
                    while (System.nanoTime() - start < lasting.toNanos()) {
                        answers.add(api.get(NO_SCAN, CLIENT, caller));
                    }
                    return answers;
                }));
            }
            List<Long> admitted = new ArrayList<>(Collections.nCopies(servers.length, 0L));
            List<HttpResponse<String>> refused = new ArrayList<>();
            for (int i = 0; i < sent.size(); i++) {
                for (HttpResponse<String> answer : sent.get(i).get()) {
                    if (answer.statusCode() == 429) {
                        refused.add(answer);
                    } else {
                        admitted.set(i / 2, admitted.get(i / 2) + 1);
                    }
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Flood(seconds, admitted, refused);
        } finally {
            pool.shutdownNow();
        }
    }
}
