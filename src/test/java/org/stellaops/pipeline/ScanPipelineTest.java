// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stellaops.db.AdvisoryDatabase;
import org.stellaops.image.ImageLimits;
import org.stellaops.inventory.LayerCache;
import org.stellaops.match.PackageMatcher;
import org.stellaops.report.JsonReport;
import org.stellaops.sbom.SbomLoader;
import org.stellaops.scan.SbomScanner;
import org.stellaops.scan.VexEvidence;
import org.stellaops.vex.VexLoader;
import org.stellaops.vex.VexTrust;

/** The server's pipeline on its own: stages, events, outcome, failures, no Redis, no HTTP. */
class ScanPipelineTest {

    private static final Path JUICE_SHOP = Path.of("examples/sbom/juice-shop-11.1.2.cdx.json");
    private static ExecutorService workers;
    private static PackageMatcher matcher;

    @BeforeAll
    static void openSnapshot() throws Exception {
        workers = Executors.newFixedThreadPool(2);
        matcher = new PackageMatcher(new AdvisoryDatabase(Path.of("examples/db"), 5).open(null));
    }

    @AfterAll
    static void stopWorkers() {
        workers.shutdownNow();
    }

    @Test
    void sbomScanRunsItsStagesInOrderAndEndsWithEveryReport() {
        List<ScanEvent> events = new CopyOnWriteArrayList<>();

        ScanOutcome outcome = pipeline().run(ScanRequest.sbom("auto", "-", null), JUICE_SHOP,
                matcher, events::add).await().atMost(Duration.ofSeconds(60));

        assertThat(events).extracting(e -> e.type() + ":" + e.body().get("stage")).containsExactly(
                "stage-started:sbom", "stage-progress:sbom", "stage-finished:sbom",
                "stage-started:match", "stage-progress:match", "stage-finished:match",
                "stage-started:vex-policy", "stage-progress:vex-policy",
                "stage-finished:vex-policy", "findings:null", "stage-started:report",
                "stage-finished:report");
        assertThat(outcome.reports()).containsOnlyKeys(ReportSet.FORMATS);
        assertThat(outcome.findings()).isEqualTo(22);
        assertThat(outcome.counts()).containsEntry("critical", 4).containsKeys("high", "unknown");
        assertThat(outcome.timings()).extracting(StageTiming::stage)
                .containsExactly("sbom", "match", "vex-policy", "report");
        assertThat(outcome.snapshot()).isEqualTo(matcher.snapshot().digest());
    }

    @Test
    void jsonReportIsTheOneTheCommandLineWritesForStandardInput() throws Exception {
        ScanOutcome outcome = pipeline().run(ScanRequest.sbom("auto", "-", null), JUICE_SHOP,
                matcher, ScanProgress.ignored()).await().atMost(Duration.ofSeconds(60));

        String expected = JsonReport.render(new SbomScanner(matcher).scan(
                SbomLoader.load(JUICE_SHOP, "-", "auto"),
                matcher.snapshot().manifest().snapshotDate()));
        assertThat(gunzip(outcome.reports().get("json"))).isEqualTo(expected);
    }

    @Test
    void vexDatedAfterTheClockIsAWarningEventAndStillCounts() throws Exception {
        String future = Files.readString(Path.of("examples/vex/juice-shop.openvex.json"))
                .replace("2024-09-20T00:00:00Z", "2999-01-01T00:00:00Z");
        VexEvidence vex = new VexEvidence(List.of(VexLoader.read("future.json",
                future.getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                VexTrust.defaults());
        List<ScanEvent> events = new CopyOnWriteArrayList<>();

        ScanOutcome outcome = pipeline().run(ScanRequest.sbom("auto", "-", null), JUICE_SHOP,
                matcher, events::add, vex, null).await().atMost(Duration.ofSeconds(60));

        assertThat(events).filteredOn(e -> e.type().equals(ScanEvent.WARNING))
                .extracting(e -> e.body().get("code")).containsOnly("future-timestamp")
                .hasSize(3);
        assertThat(gunzip(outcome.reports().get("json")))
                .contains("\"state\": \"suppressed\"").doesNotContain("future-timestamp");
    }

    @Test
    void asOfSetsTheReferenceTime() throws IOException {
        ScanOutcome outcome = pipeline().run(ScanRequest.sbom("auto", "-",
                "2030-01-01T00:00:00Z"), JUICE_SHOP, matcher, ScanProgress.ignored())
                .await().atMost(Duration.ofSeconds(60));

        assertThat(gunzip(outcome.reports().get("json")))
                .contains("\"referenceTime\": \"2030-01-01T00:00:00Z\"");
    }

    @Test
    void unreadableSbomFailsWithTheReaderReason() throws Exception {
        Path garbage = Files.createTempFile("stella-", ".json");
        Files.writeString(garbage, "{\"neither\": \"cyclonedx nor spdx\"}");

        assertThatThrownBy(() -> pipeline().run(ScanRequest.sbom("auto", "-", null), garbage,
                matcher, ScanProgress.ignored()).await().atMost(Duration.ofSeconds(60)))
                .isInstanceOf(ScanFailure.class)
                .hasMessageContaining("not a known SBOM format");
    }

    @Test
    void deltaScanWithoutTheLayersItNamesFailsNamingThem() {
        String diffId = "sha256:" + "ab".repeat(32);
        ScanRequest request = new ScanRequest(ScanRequest.LAYERS, null, null, "app", null,
                false, List.of(diffId), null, null, null, null, null);

        assertThatThrownBy(() -> pipeline().run(request, null, matcher, ScanProgress.ignored())
                .await().atMost(Duration.ofSeconds(60)))
                .isInstanceOf(ScanFailure.class)
                .hasMessageContaining(diffId).hasMessageContaining("PUT /layers");
    }

    @Test
    void sbomOverTheComponentLimitFailsBeforeMatching() {
        List<ScanEvent> events = new CopyOnWriteArrayList<>();

        assertThatThrownBy(() -> pipeline(100).run(ScanRequest.sbom("auto", "-", null),
                JUICE_SHOP, matcher, events::add).await().atMost(Duration.ofSeconds(60)))
                .isInstanceOf(ScanFailure.class)
                .hasMessageContaining("840 components")
                .hasMessageContaining("stella.server.max-components");
        assertThat(events).noneMatch(e -> "match".equals(e.body().get("stage")));
    }

    private static String gunzip(byte[] gzip) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ScanPipeline pipeline() {
        return pipeline(100_000);
    }

    private static ScanPipeline pipeline(int maxComponents) {
        return new ScanPipeline(workers, ImageLimits.DEFAULT, LayerCache.none(), diffId -> null,
                1, maxComponents);
    }
}
