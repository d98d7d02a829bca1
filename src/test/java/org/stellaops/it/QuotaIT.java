// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quotas and rate limits on the packaged server, with small limits. Server {@code behind}
 * trusts 127.0.0.1 as its proxy, so each test names its own clients in X-Forwarded-For;
 * server {@code exposed} trusts no proxy, so every request from here is 127.0.0.1 whatever
 * the header says. Both share one Redis, which the ledger tests read; {@code exposed} has a
 * salt of its own, so the same address is a different caller there.
 */
class QuotaIT {

    private static final String LIMIT = "X-Stella-Quota-Limit";
    private static final String REMAINING = "X-Stella-Quota-Remaining";
    private static final String WARNING = "X-Stella-Quota-Warning";
    private static final String DELAYED = "X-Stella-Quota-Delayed";

    @TempDir
    static Path work;

    private static RedisProcess redis;
    private static ServerProcess behind;
    private static ServerProcess exposed;
    private static byte[] sbom;

    @BeforeAll
    static void start() {
        redis = RedisProcess.started();
        Path db = ItPaths.copyOfExampleDb(work);
        behind = new ServerProcess("quota-behind", db).redis(redis)
                .with("stella.quota.tiers.anonymous", "10")
                .with("stella.quota.trusted-proxies", "127.0.0.1,::1")
                .with("stella.quota.delay-initial", "1s")
                .with("stella.quota.delay-max", "2s")
                .start();
        // a salt of its own: its callers are not behind's, though both count in one Redis
        exposed = new ServerProcess("quota-exposed", db).redis(redis)
                .with("stella.quota.salt", "quota-it-exposed")
                .with("stella.quota.tiers.anonymous", "2")
                .with("stella.quota.rate-limit", "5")
                .with("stella.quota.delay-initial", "1s")
                .start();
        sbom = ApiClient.read(Sboms.synthetic(5));
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable closing : new AutoCloseable[] {behind, exposed, redis}) {
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
    void everyApiResponseCarriesTheQuotaHeadersAndProbesNone() {
        ApiClient api = new ApiClient(behind);
        String client = "X-Forwarded-For";
        List<HttpResponse<?>> answers = List.of(
                api.get("/scans", client, "192.0.2.10"),
                api.get("/api/v1/scans", client, "192.0.2.10"),
                api.get("/scans/" + "0".repeat(32), client, "192.0.2.10"),
                api.post("/scan", new byte[0], "application/json", client, "192.0.2.10"));

        assertThat(answers).extracting(HttpResponse::statusCode).containsExactly(200, 200, 404,
                400);
        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.headers().firstValue(LIMIT)).hasValue("10");
            // the refused scan was given back: nothing is used
            assertThat(answer.headers().firstValue(REMAINING)).hasValue("10");
            assertThat(answer.headers().firstValue("X-Stella-Quota-Reset")).isPresent();
        });
        assertThat(api.get("/q/health/ready").headers().firstValue(LIMIT)).isEmpty();
        assertThat(api.get("/health").headers().firstValue(LIMIT)).isEmpty();
    }

    @Test
    void warnsFromNinetyPercentThenDelaysInsteadOfRefusing() {
        ApiClient api = new ApiClient(behind);
        List<HttpResponse<byte[]>> answers = new ArrayList<>();
        List<Long> tookMs = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            long start = System.nanoTime();
            answers.add(api.post("/scan", sbom, "application/json", "X-Forwarded-For",
                    "198.51.100.1"));
            tookMs.add(Duration.ofNanos(System.nanoTime() - start).toMillis());
        }

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(202);
        assertThat(answers.subList(0, 8)).allSatisfy(a ->
                assertThat(a.headers().firstValue(WARNING)).isEmpty());
        assertThat(answers.subList(8, 12)).allSatisfy(a ->
                assertThat(a.headers().firstValue(WARNING)).isPresent());
        assertThat(answers.get(8).headers().firstValue(REMAINING)).hasValue("1");
        assertThat(answers.get(10).headers().firstValue(REMAINING)).hasValue("0");
        // the eleventh is held 1 s, the twelfth 2 s (the hold doubles, up to delay-max)
        assertThat(answers.get(9).headers().firstValue(DELAYED)).isEmpty();
        assertThat(answers.get(10).headers().firstValue(DELAYED)).hasValue("1000");
        assertThat(answers.get(11).headers().firstValue(DELAYED)).hasValue("2000");
        assertThat(tookMs.get(10)).isGreaterThanOrEqualTo(1000);
        assertThat(tookMs.get(11)).isGreaterThanOrEqualTo(2000);

        String ninth = ApiClient.json(answers.get(8).body()).path("id").asText();
        try (EventStream events = new SseClient().open(api.events(ninth))) {
            List<SseEvent> history = events.readUntil(SseEvent::terminal);
            assertThat(history).extracting(SseEvent::type).contains("warning");
            SseEvent warning = history.stream().filter(e -> e.type().equals("warning"))
                    .findFirst().orElseThrow();
            assertThat(warning.json().path("quotaUsed").asLong()).isEqualTo(9);
        }
        String held = ApiClient.json(answers.get(11).body()).path("id").asText();
        try (EventStream events = new SseClient().open(api.events(held))) {
            SseEvent warning = events.readUntil(SseEvent::terminal).stream()
                    .filter(e -> e.type().equals("warning")).findFirst().orElseThrow();
            assertThat(warning.json().path("delayedMs").asLong()).isEqualTo(2000);
        }
    }

    @Test
    void floodFromManyAnonymousAddressesGivesEachItsOwnQuota() throws Exception {
        ApiClient api = new ApiClient(behind);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResponse<byte[]>>> flood = new ArrayList<>();
            for (int i = 1; i <= 40; i++) {
                String address = "203.0.113." + i;
                flood.add(pool.submit(() -> api.post("/scan", sbom, "application/json",
                        "X-Forwarded-For", address)));
            }
            for (Future<HttpResponse<byte[]>> answer : flood) {
                assertThat(answer.get().statusCode()).isEqualTo(202);
                assertThat(answer.get().headers().firstValue(REMAINING)).hasValue("9");
                assertThat(answer.get().headers().firstValue(DELAYED)).isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(api.get("/scans", "X-Forwarded-For", "192.0.2.99").headers()
                .firstValue(REMAINING)).hasValue("10");
    }

    @Test
    void forgedForwardedForFromAnUntrustedPeerDoesNotEscapeTheQuota() throws Exception {
        Thread.sleep(1200); // a full rate bucket, whatever ran before
        ApiClient api = new ApiClient(exposed);
        List<HttpResponse<byte[]>> answers = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            answers.add(api.post("/scan", sbom, "application/json", "X-Forwarded-For",
                    "198.18.0." + i));
        }

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(202);
        assertThat(answers.get(1).headers().firstValue(REMAINING)).hasValue("0");
        assertThat(answers.get(2).headers().firstValue(DELAYED)).hasValue("1000");
    }

    @Test
    void overTheRateAnswers429WithRetryAfter() throws Exception {
        Thread.sleep(1200);
        ApiClient api = new ApiClient(exposed);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<HttpResponse<String>> answers = new ArrayList<>();
        try {
            List<Future<HttpResponse<String>>> burst = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                burst.add(pool.submit(() -> api.get("/scans")));
            }
            for (Future<HttpResponse<String>> answer : burst) {
                answers.add(answer.get());
            }
        } finally {
            pool.shutdownNow();
        }

        List<HttpResponse<String>> refused = answers.stream()
                .filter(a -> a.statusCode() == 429).toList();
        assertThat(answers.stream().filter(a -> a.statusCode() == 200).count())
                .isBetween(5L, 15L);
        assertThat(refused).isNotEmpty().allSatisfy(a -> {
            assertThat(a.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(a.headers().firstValue("X-Stella-Quota-Refused")).hasValue("rate");
            assertThat(a.headers().firstValue("Content-Type"))
                    .hasValue("application/problem+json");
            assertThat(a.headers().firstValue(LIMIT)).hasValue("2");
            assertThat(a.body()).contains("stella.quota.rate-limit");
        });
    }

    @Test
    void ledgerHoldsNoPlainAddressOrIdentifier() {
        ApiClient api = new ApiClient(behind);
        api.post("/scan", sbom, "application/json", "X-Forwarded-For", "198.51.100.77");
        api.get("/scans", "X-Forwarded-For", "2001:db8::77");

        try (RedisPeek peek = new RedisPeek(redis)) {
            List<String> ledger = peek.keys("stella:quota:*");
            assertThat(ledger).hasSizeGreaterThanOrEqualTo(3);
            for (String key : ledger) {
                String text = key + " " + peek.dump(key);
                assertThat(text).doesNotContain("198.51.100").doesNotContain("2001:db8")
                        .doesNotContain("127.0.0.1").doesNotContain("203.0.113");
            }
            // the access log keeps addresses (trimmed after 7 days), its counts only hashes
            assertThat(peek.dump("stella:access")).contains("198.51.100.77");
            List<String> counts = peek.keys("stella:access:hashes:*");
            assertThat(counts).isNotEmpty();
            for (String key : counts) {
                assertThat(peek.dump(key)).doesNotContain("198.51.100").doesNotContain("2001:");
            }
        }
    }

    @Test
    void commandLineSaysTheWarningAndTheHold() {
        // 127.0.0.1 without X-Forwarded-For is its own client: ten scans use its quota up
        ApiClient api = new ApiClient(behind);
        for (int i = 0; i < 10; i++) {
            assertThat(api.post("/scan", sbom, "application/json").statusCode()).isEqualTo(202);
        }

        StellaCli.Result scan = StellaCli.run(new StellaCli.Launch(List.of(),
                List.of("-Duser.home=" + work), java.util.Map.of()), null, "scan", "--server",
                behind.uri("").toString(), "--format", "json",
                Sboms.synthetic(5).toString());

        assertThat(scan.exit()).as(scan.err()).isNotEqualTo(2);
        assertThat(scan.err()).contains("warning: quota: 11 of 10 scans used today")
                .contains("warning: the server held this request 1000 ms");
    }
}
