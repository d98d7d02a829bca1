// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stella scan --server} against a server that warns, holds and rate-limits. */
class QuotaWaitTest {

    private static final String RATE_LIMITED = """
            {"title": "Too Many Requests", "status": 429, "detail": "over 40 per second"}""";

    @TempDir
    Path dir;

    private FakeScanServer server;
    private String home;
    private Path sbom;

    @BeforeEach
    void startServer() throws IOException {
        server = FakeScanServer.start();
        home = System.getProperty("user.home");
        System.setProperty("user.home", dir.toString());
        sbom = CliFixtures.sbom(dir, "pkg:npm/alpha@1.0.0");
    }

    @AfterEach
    void stopServer() {
        server.close();
        System.setProperty("user.home", home);
    }

    @Test
    void rateLimitWithoutWaitQuotaSaysTheWaitAndExitsTwo() {
        rateLimited(1, "2");

        Stella.Result result = scan(sbom.toString());

        assertThat(result.exit()).isEqualTo(StellaMain.EXIT_ERROR).isEqualTo(2);
        assertThat(result.err()).contains("retry after 2 s").contains("--wait-quota");
        assertThat(server.requests("POST", "/scan")).hasSize(1);
    }

    @Test
    void waitQuotaWaitsAsAskedAndRetries() {
        rateLimited(2, "1");

        long start = System.nanoTime();
        Stella.Result result = scan("--wait-quota", "--threshold", "critical", sbom.toString());
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;

        assertThat(result.exit()).as(result.err()).isEqualTo(StellaMain.EXIT_PASS);
        assertThat(server.requests("POST", "/scan")).hasSize(3);
        assertThat(elapsedMs).isGreaterThanOrEqualTo(2000);
        assertThat(result.err()).contains("waiting 1 s as the server asks");
    }

    @Test
    void waitQuotaGivesUpAfterItsBound() {
        rateLimited(Integer.MAX_VALUE, String.valueOf(QuotaNotices.PATIENCE_MINUTES * 60 + 1));

        Stella.Result result = scan("--wait-quota", sbom.toString());

        assertThat(result.exit()).isEqualTo(StellaMain.EXIT_ERROR);
        assertThat(result.err()).contains("still rate limited");
        assertThat(server.requests("POST", "/scan")).hasSize(1);
    }

    @Test
    void warningAndHoldAreSaidOnStandardError() {
        server.scanHeaders = Map.of("X-Stella-Quota-Warning", "34 of 33 scans used today",
                "X-Stella-Quota-Delayed", "5000");

        Stella.Result result = scan("--threshold", "critical", sbom.toString());

        assertThat(result.exit()).as(result.err()).isEqualTo(StellaMain.EXIT_PASS);
        assertThat(result.err()).contains("warning: quota: 34 of 33 scans used today")
                .contains("held this request 5000 ms");
    }

    @Test
    void fullQueueIsStillRetriedWithoutWaitQuota() {
        server.scanAnswer = new FakeScanServer.Answer(429, "application/problem+json",
                "{\"title\": \"Too Many Requests\", \"status\": 429}", "1");
        server.scanAnswerTimes.set(1);

        Stella.Result result = scan("--threshold", "critical", sbom.toString());

        assertThat(result.exit()).as(result.err()).isEqualTo(StellaMain.EXIT_PASS);
    }

    private void rateLimited(int times, String retryAfter) {
        server.scanAnswer = new FakeScanServer.Answer(429, "application/problem+json",
                RATE_LIMITED, retryAfter);
        server.scanAnswerTimes.set(times);
        server.scanHeaders = Map.of("X-Stella-Quota-Refused", "rate");
    }

    private Stella.Result scan(String... args) {
        List<String> all = new ArrayList<>(List.of("scan", "--server", server.url()));
        all.addAll(List.of(args));
        return Stella.run(all.toArray(String[]::new));
    }
}
