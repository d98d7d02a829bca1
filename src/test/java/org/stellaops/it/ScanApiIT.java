// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.it;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.stellaops.it.ProblemResponses.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.stellaops.sbom.OfficialSchemas;

/**
 * The scan API of one packaged server (embedded Redis) over real sockets: reports equal to
 * the command line's, the asynchronous flow and its events, report formats valid against the
 * official schemas, cancellation, problem documents, readiness, metrics and OpenAPI. One scan
 * runs at a time here, so a large scan keeps the next one queued.
 */
@Timeout(value = 120, unit = SECONDS)
class ScanApiIT {

    private static final String CYCLONEDX = "application/vnd.cyclonedx+json";
    private static final int JUICE_SHOP_FINDINGS = 22;
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    static Path dir;
    static Path db;
    static String digest;
    static ServerProcess server;
    static ApiClient api;
    static final SseClient SSE = new SseClient();

    @BeforeAll
    static void startServer() {
        db = ItPaths.copyOfExampleDb(dir);
        digest = ItPaths.currentDigest(db);
        server = new ServerProcess("scan-api", db)
                .with("stella.server.max-running", "1")
                .with("quarkus.http.limits.max-body-size", "16M")
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
    void waitedReportIsByteForByteWhatTheCommandLinePrints() {
        HttpResponse<byte[]> served = api.post("/scan?wait=true",
                ApiClient.read(ItPaths.juiceShop()), CYCLONEDX);
        StellaCli.Result cli = StellaCli.run(ItPaths.juiceShop(), "scan", "--db", db.toString(),
                "--format", "json", "-");

        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(served.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).matches(".*/scans/[0-9a-f]{32}"));
        assertThat(cli.exit()).as(cli.err()).isBetween(0, 1);
        assertThat(new String(served.body(), StandardCharsets.UTF_8))
                .isEqualTo(new String(cli.out(), StandardCharsets.UTF_8));
        assertThat(served.body()).isEqualTo(cli.out());
        JsonNode report = ApiClient.json(served.body());
        assertThat(report.path("advisorySnapshot").path("digest").asText()).isEqualTo(digest);
        assertThat(report.path("findings")).hasSize(JUICE_SHOP_FINDINGS);
    }

    @Test
    void submittedScanIsAcceptedAndItsEventsRunThroughEveryStageToCompleted() {
        HttpResponse<byte[]> accepted = api.post("/scan", ApiClient.read(ItPaths.juiceShop()),
                CYCLONEDX);

        assertThat(accepted.statusCode()).isEqualTo(202);
        JsonNode body = ApiClient.json(accepted.body());
        String id = body.path("id").asText();
        assertThat(id).matches("[0-9a-f]{32}");
        assertThat(body.path("state").asText()).isEqualTo("queued");
        assertThat(body.path("location").asText()).isEqualTo("/scans/" + id);
        assertThat(body.path("events").asText()).isEqualTo("/scans/" + id + "/events");
        assertThat(accepted.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/scans/" + id));

        List<SseEvent> events;
        try (EventStream stream = SSE.open(server.uri(body.path("events").asText()))) {
            events = stream.readToEnd();
            assertThat(stream.retry()).isEqualTo(2000);
        }
        Histories.assertWholeHistory(events, "completed");
        assertThat(events.get(0).type()).isEqualTo("queued");
        assertThat(stagesOf(events, "stage-started"))
                .containsExactly("sbom", "match", "vex-policy", "report", "attest");
        assertThat(stagesOf(events, "stage-finished"))
                .containsExactly("sbom", "match", "vex-policy", "report", "attest");
        assertThat(events).filteredOn(e -> e.type().equals("findings")).singleElement()
                .satisfies(e -> assertThat(e.json().path("total").asInt())
                        .isEqualTo(JUICE_SHOP_FINDINGS));
        assertThat(events).allSatisfy(e -> assertThat(e.json().path("scanId").asText())
                .isEqualTo(id));

        JsonNode state = api.state(id);
        assertThat(state.path("state").asText()).isEqualTo("completed");
        assertThat(state.path("kind").asText()).isEqualTo("sbom");
        assertThat(state.path("attempt").asInt()).isEqualTo(1);
        assertThat(state.path("replica").asText()).isNotBlank();
        assertThat(state.path("snapshot").asText()).isEqualTo(digest);
        assertThat(state.path("findings").asInt()).isEqualTo(JUICE_SHOP_FINDINGS);
        assertThat(state.path("counts").path("critical").asInt()).isEqualTo(4);
        assertThat(state.path("stages").findValuesAsText("stage"))
                .containsExactly("sbom", "match", "vex-policy", "report", "attest");
        assertThat(state.path("links").path("report").asText())
                .isEqualTo("/scans/" + id + "/report");
        assertThat(state.path("report").path("findings")).hasSize(JUICE_SHOP_FINDINGS);
        assertThat(ApiClient.json(api.get("/api/v1/scans/" + id).body()).path("state").asText())
                .isEqualTo("completed");
    }

    @Test
    void completedScanServesCycloneDxAndSarifValidAgainstTheOfficialSchemas() throws Exception {
        String id = api.submitAndWait(ItPaths.juiceShop());

        HttpResponse<String> cycloneDx = api.get("/scans/" + id + "?format=cyclonedx");
        HttpResponse<String> sarif = api.get("/scans/" + id + "?format=sarif");

        assertThat(cycloneDx.statusCode()).isEqualTo(200);
        assertThat(cycloneDx.headers().firstValue("Content-Type")).hasValue(CYCLONEDX);
        assertThat(OfficialSchemas.validateCycloneDx(cycloneDx.body())).isEmpty();
        List<String> vulnerabilities = new ArrayList<>();
        ApiClient.json(cycloneDx.body()).path("vulnerabilities")
                .forEach(v -> vulnerabilities.add(v.path("id").asText()));
        assertThat(vulnerabilities).containsExactlyInAnyOrderElementsOf(findingIdsOf(id));
        assertThat(sarif.statusCode()).isEqualTo(200);
        assertThat(sarif.headers().firstValue("Content-Type")).hasValue("application/sarif+json");
        assertThat(OfficialSchemas.validateSarif(sarif.body())).isEmpty();
        assertThat(ApiClient.json(sarif.body()).path("runs").get(0).path("results")).isNotEmpty();
    }

    @Test
    void reportIsServedGzippedToClientsThatAcceptIt() throws IOException {
        String id = api.submitAndWait(ItPaths.juiceShop());

        HttpResponse<byte[]> plain = api.getBytes("/scans/" + id + "/report");
        HttpResponse<byte[]> gzipped = api.getBytes("/scans/" + id + "/report",
                "Accept-Encoding", "gzip");

        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            assertThat(in.readAllBytes()).isEqualTo(plain.body());
        }
    }

    @Test
    void cancellingAQueuedScanEndsItsHistoryWithCancelled() {
        String running = api.submit(Sboms.synthetic(100_000));
        String queued = api.submit(ItPaths.juiceShop());
        api.awaitState(running, PATIENCE, s -> s.path("state").asText().equals("running"));
        assertThat(api.state(queued).path("state").asText()).isEqualTo("queued");

        HttpResponse<String> cancelled = api.delete("/scans/" + queued);

        assertThat(cancelled.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(cancelled.body()).path("state").asText())
                .isEqualTo("cancelled");
        List<SseEvent> events;
        try (EventStream stream = SSE.open(api.events(queued))) {
            events = stream.readToEnd();
        }
        Histories.assertWholeHistory(events, "cancelled");
        assertThat(SseEvent.types(events)).containsExactly("queued", "cancelled");
        assertThat(events.get(1).json().path("reason").asText()).contains("cancelled");
        assertProblem(api.delete("/scans/" + queued), 409);
        assertProblem(api.get("/scans/" + queued + "?format=json"), 409);

        api.delete("/scans/" + running);
        api.awaitEnd(running, PATIENCE);
    }

    @Test
    void cancellingARunningScanStopsItWithOneCancelledEvent() {
        String running = api.submit(Sboms.synthetic(100_000));
        List<SseEvent> events = new ArrayList<>();
        try (EventStream stream = SSE.open(api.events(running))) {
            events.addAll(stream.readUntil(e -> e.type().equals("stage-started")));
            assertProblem(api.get("/scans/" + running + "?format=sarif"), 409);

            HttpResponse<String> cancelled = api.delete("/scans/" + running);

            assertThat(cancelled.statusCode()).isEqualTo(200);
            events.addAll(stream.readToEnd());
        }
        Histories.assertWholeHistory(events, "cancelled");
        // the one slot is free again: the next scan runs and completes
        api.submitAndWait(ItPaths.juiceShop());
        JsonNode state = api.state(running);
        assertThat(state.path("state").asText()).isEqualTo("cancelled");
        assertThat(state.path("error").asText()).contains("cancelled by a client");
        assertProblem(api.get("/scans/" + running + "/report"), 409);
    }

    @Test
    void unknownScansAreNotFoundProblems() {
        String unknown = "0123456789abcdef0123456789abcdef";

        assertThat(assertProblem(api.get("/scans/" + unknown), 404).path("detail").asText())
                .contains(unknown);
        assertProblem(api.get("/scans/" + unknown + "/events"), 404);
        assertProblem(api.get("/scans/" + unknown + "/report"), 404);
        assertProblem(api.delete("/scans/" + unknown), 404);
        assertProblem(api.get("/scans/not-a-scan-id"), 404);
        assertProblem(api.get("/api/v1/scans/" + unknown), 404);
    }

    @Test
    void malformedRequestsAreBadRequestProblems() {
        String id = api.submitAndWait(ItPaths.juiceShop());

        assertProblem(api.post("/scan", new byte[0], "application/json"), 400);
        assertThat(assertProblem(api.get("/scans/" + id + "?format=xml"), 400)
                .path("detail").asText()).contains("xml");
        assertProblem(api.get("/scans?offset=0&limit=0"), 400);
        assertProblem(api.get("/scans/" + id + "/events", "Last-Event-ID", "seven"), 400);
    }

    @Test
    void bodyOverTheLimitIsRefusedWithA413ProblemBeforeItIsSent() throws IOException {
        String head = "POST /scan HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/json\r\nContent-Length: 17000000\r\n\r\n";

        String answer = RawHttp.exchange(server.port(), head);

        assertThat(answer).startsWith("HTTP/1.1 413");
        assertThat(answer).containsIgnoringCase("Content-Type: application/problem+json");
        JsonNode problem = ApiClient.json(answer.substring(answer.indexOf("\r\n\r\n") + 4));
        assertThat(problem.path("status").asInt()).isEqualTo(413);
        assertThat(problem.path("detail").asText()).contains("17000000").contains("16777216");
    }

    @Test
    @Disabled("known shortcoming (api.Routes): a chunked body over the limit gets the REST "
            + "layer's empty 413, not a problem document")
    void chunkedBodyOverTheLimitIsRefusedWithA413Problem() throws Exception {
        String head = "POST /scan HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";

        String answer = RawHttp.exchangeChunked(server.port(), head, 17 << 20);

        assertThat(answer).startsWith("HTTP/1.1 413");
        assertThat(answer).containsIgnoringCase("Content-Type: application/problem+json");
        assertThat(answer).contains("\"status\":413");
    }

    @Test
    void listingPagesThroughScansNewestFirst() {
        String older = api.submitAndWait(ItPaths.juiceShop());
        String newer = api.submitAndWait(ItPaths.juiceShop());

        JsonNode first = ApiClient.json(api.get("/scans?offset=0&limit=1").body());
        JsonNode second = ApiClient.json(api.get(first.path("next").asText()).body());

        assertThat(first.path("total").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(first.path("scans").findValuesAsText("id")).containsExactly(newer);
        assertThat(first.path("next").asText()).isEqualTo("/scans?offset=1&limit=1");
        assertThat(second.path("scans").findValuesAsText("id")).containsExactly(older);
    }

    @Test
    void readinessNamesTheLoadedSnapshot() {
        ApiClient.Readiness ready = api.ready();

        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.check().path("status").asText()).isEqualTo("UP");
        assertThat(ready.snapshot()).isEqualTo(digest);
        assertThat(ready.redis()).isEqualTo("up");
        assertThat(api.get("/q/health/ready").body()).isEqualTo(api.get("/ready").body());
    }

    @Test
    void metricsShowStageLatenciesAndQueueDepth() {
        api.submitAndWait(ItPaths.juiceShop());

        HttpResponse<String> metrics = api.get("/metrics");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body())
                .contains("stella_stage_duration_seconds_bucket{stage=\"match\"")
                .contains("stella_stage_duration_seconds_count{stage=\"report\"}")
                .containsPattern("(?m)^stella_queue_depth \\d");
    }

    @Test
    void openApiDocumentDescribesTheScanApi() {
        HttpResponse<String> openApi = api.get("/q/openapi?format=json");

        assertThat(openApi.statusCode()).isEqualTo(200);
        JsonNode paths = ApiClient.json(openApi.body()).path("paths");
        assertThat(paths.has("/scan")).as("paths: %s", paths.fieldNames()).isTrue();
        assertThat(paths.has("/scans/{id}")).isTrue();
        assertThat(paths.path("/scans/{id}").has("delete")).isTrue();
    }

    /** The distinct ids of a scan's findings (findings of one id in several packages). */
    private static Set<String> findingIdsOf(String id) {
        JsonNode report = ApiClient.json(api.get("/scans/" + id + "/report").body());
        Set<String> ids = new LinkedHashSet<>();
        report.path("findings").forEach(finding -> ids.add(finding.path("id").asText()));
        return ids;
    }

    private static List<String> stagesOf(List<SseEvent> events, String type) {
        return events.stream().filter(e -> e.type().equals(type))
                .map(e -> e.json().path("stage").asText()).toList();
    }
}
