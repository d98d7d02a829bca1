// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.it;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.stellaops.it.ProblemResponses.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * VEX and policy on the packaged server, over real sockets and the embedded Redis: uploaded
 * with a scan, registered per client, stored as named versions, and previewed.
 */
@Timeout(value = 120, unit = SECONDS)
class VerdictApiIT {

    private static final String CYCLONEDX = "application/vnd.cyclonedx+json";
    private static final String KEY = "X-Stella-Client-Key";
    private static final String ALICE = "alice-0123456789abcdef";
    private static final String BOB = "bob-0123456789abcdef0";

    static final String LODASH_NOT_AFFECTED = """
            {
              "@context": "https://openvex.dev/ns/v0.2.0",
              "@id": "https://example.com/vex/lodash-1",
              "author": "Lodash Maintainers",
              "timestamp": "2024-01-10T00:00:00Z",
              "version": 1,
              "statements": [
                {"vulnerability": {"name": "CVE-2019-10744"},
                 "products": [{"@id": "pkg:npm/lodash"}],
                 "status": "not_affected",
                 "justification": "vulnerable_code_not_in_execute_path"}
              ]
            }
            """;

    static final String BLOCK_EXPRESS = """
            apiVersion: stella.ops/policy/v1
            name: block-express
            version: "1"
            rules:
              - id: block-express
                when: { package: express }
                action: block
                reason: express must be upgraded
            """;

    @TempDir
    static Path dir;
    static ServerProcess server;
    static ApiClient api;
    static Path db;

    @BeforeAll
    static void startServer() {
        db = ItPaths.copyOfExampleDb(dir);
        server = new ServerProcess("verdict-api", db).start();
        api = new ApiClient(server);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void vexAndPolicyPartsDecideTheScansFindings() {
        HttpResponse<byte[]> answer = api.postForm("/scan?wait=true", List.of(
                part("sbom", "juice-shop.cdx.json", ApiClient.read(ItPaths.juiceShop())),
                part("vex", "lodash.openvex.json", bytes(LODASH_NOT_AFFECTED)),
                part("policy", "policy.yaml", bytes(BLOCK_EXPRESS))));

        assertThat(answer.statusCode()).as(text(answer)).isEqualTo(200);
        JsonNode report = ApiClient.json(answer.body());
        assertThat(stateOf(report, "CVE-2019-10744", "pkg:npm/lodash@2.4.2"))
                .isEqualTo("suppressed");
        assertThat(finding(report, "CVE-2024-29041", "pkg:npm/express@4.17.1").path("explain")
                .path("final").path("action").asText()).isEqualTo("block");
        assertThat(report.path("policy").path("name").asText()).isEqualTo("block-express");
        assertThat(report.path("vex").path("documents").get(0).path("origin").asText())
                .isEqualTo("lodash.openvex.json");
    }

    @Test
    void badVexOrPolicyPartIsRefusedBeforeTheScanRuns() {
        HttpResponse<byte[]> badVex = api.postForm("/scan", List.of(
                part("sbom", "juice-shop.cdx.json", ApiClient.read(ItPaths.juiceShop())),
                part("vex", "broken.json", bytes("{\"@context\": \"https://openvex.dev/ns/"
                        + "v0.2.0\", \"statements\": 3}"))));
        HttpResponse<byte[]> badPolicy = api.postForm("/scan", List.of(
                part("sbom", "juice-shop.cdx.json", ApiClient.read(ItPaths.juiceShop())),
                part("policy", "bad.yaml", bytes("apiVersion: stella.ops/policy/v1\nname: x\n"
                        + "rules:\n  - id: r\n    cel: 'finding.nope'\n    action: warn\n"))));

        assertThat(assertProblem(badVex, 400).path("detail").asText()).contains("broken.json");
        assertThat(assertProblem(badPolicy, 400).path("detail").asText()).contains("bad.yaml:5:");
    }

    @Test
    void registeredVexAppliesToItsOwnersScansOnly() {
        HttpResponse<byte[]> registered = api.post("/api/v1/vex?origin=lodash.json",
                bytes(LODASH_NOT_AFFECTED), "application/json", KEY, ALICE);
        assertThat(registered.statusCode()).as(text(registered)).isEqualTo(201);
        String id = ApiClient.json(registered.body()).path("id").asText();

        JsonNode alices = scan(ALICE);
        JsonNode bobs = scan(BOB);
        HttpResponse<String> listed = api.get("/api/v1/vex", KEY, ALICE);
        HttpResponse<String> bobDeletes = api.delete("/api/v1/vex/" + id, KEY, BOB);
        HttpResponse<String> aliceDeletes = api.delete("/api/v1/vex/" + id, KEY, ALICE);

        assertThat(stateOf(alices, "CVE-2019-10744", "pkg:npm/lodash@2.4.2"))
                .isEqualTo("suppressed");
        assertThat(stateOf(bobs, "CVE-2019-10744", "pkg:npm/lodash@2.4.2")).isEqualTo("open");
        assertThat(ApiClient.json(listed.body()).path("documents").get(0).path("id").asText())
                .isEqualTo(id);
        assertProblem(bobDeletes, 404);
        assertThat(aliceDeletes.statusCode()).isEqualTo(204);
        assertThat(stateOf(scan(ALICE), "CVE-2019-10744", "pkg:npm/lodash@2.4.2"))
                .isEqualTo("open");
    }

    @Test
    void globalVexAndAnonymousRegistrationAreRefused() {
        assertProblem(api.post("/api/v1/vex?scope=global", bytes(LODASH_NOT_AFFECTED),
                "application/json", KEY, ALICE), 403);
        assertProblem(api.post("/api/v1/vex", bytes(LODASH_NOT_AFFECTED),
                "application/json"), 400);
    }

    @Test
    void storedPoliciesAreVersionedAndNamedByScans() {
        HttpResponse<byte[]> first = api.post("/api/v1/policies", bytes(BLOCK_EXPRESS),
                "application/yaml");
        HttpResponse<byte[]> second = api.post("/api/v1/policies",
                bytes(BLOCK_EXPRESS.replace("express must", "express really must")),
                "application/yaml");

        assertThat(first.statusCode()).as(text(first)).isEqualTo(201);
        assertThat(ApiClient.json(second.body()).path("version").asLong())
                .isEqualTo(ApiClient.json(first.body()).path("version").asLong() + 1);
        long version = ApiClient.json(first.body()).path("version").asLong();
        JsonNode stored = ApiClient.json(api.get("/api/v1/policies/block-express/" + version)
                .body());
        assertThat(stored.path("text").asText()).isEqualTo(BLOCK_EXPRESS);

        HttpResponse<byte[]> scanned = api.post("/scan?wait=true&policy=block-express"
                + "&policyVersion=" + version, ApiClient.read(ItPaths.juiceShop()), CYCLONEDX);
        assertThat(ApiClient.json(scanned.body()).path("policy").path("digest").asText())
                .isEqualTo(stored.path("digest").asText());

        assertThat(api.delete("/api/v1/policies/block-express/" + version).statusCode())
                .isEqualTo(204);
        assertProblem(api.get("/api/v1/policies/block-express/" + version), 404);
        assertProblem(api.post("/scan?policy=no-such-policy&wait=true",
                ApiClient.read(ItPaths.juiceShop()), CYCLONEDX), 422);
    }

    @Test
    void previewShowsNewlyBlockedFindingsWithoutChangingTheScan() {
        HttpResponse<byte[]> scanned = api.post("/scan?wait=true",
                ApiClient.read(ItPaths.juiceShop()), CYCLONEDX);
        String id = scanned.headers().firstValue("Location").orElseThrow()
                .replaceAll(".*/", "");
        String before = api.get("/scans/" + id + "/report").body();

        HttpResponse<byte[]> preview = api.post("/api/v1/policy/preview", bytes(
                ApiClient.JSON.createObjectNode().put("policy", BLOCK_EXPRESS).put("scan", id)
                        .toString()), "application/json");

        assertThat(preview.statusCode()).as(text(preview)).isEqualTo(200);
        JsonNode view = ApiClient.json(preview.body());
        assertThat(view.path("blocked").asBoolean()).isTrue();
        assertThat(view.path("current").isNull()).isTrue();
        assertThat(view.path("differences").path("newlyBlocked")).extracting(
                d -> d.path("purl").asText()).containsOnly("pkg:npm/express@4.17.1");
        assertThat(view.path("differences").path("newlyBlocked").get(0).path("before")
                .path("action").asText()).isEqualTo("none");
        assertThat(api.get("/scans/" + id + "/report").body()).isEqualTo(before);
    }

    @Test
    void previewOfAnSbomComparesWithTheDefaultPolicy() {
        String sbom = new String(ApiClient.read(ItPaths.juiceShop()), StandardCharsets.UTF_8);
        String lenient = "apiVersion: stella.ops/policy/v1\nname: lenient\nrules:\n"
                + "  - id: ignore-lodash\n    when: { package: lodash }\n    action: ignore\n"
                + "    reason: not reachable\n";

        HttpResponse<byte[]> preview = api.post("/api/v1/policy/preview", bytes(
                ApiClient.JSON.createObjectNode().put("policy", lenient).put("sbom", sbom)
                        .toString()), "application/json");

        assertThat(preview.statusCode()).as(text(preview)).isEqualTo(200);
        JsonNode allowed = ApiClient.json(preview.body()).path("differences")
                .path("newlyAllowed");
        assertThat(allowed).isNotEmpty().allSatisfy(d -> assertThat(d.path("purl").asText())
                .startsWith("pkg:npm/lodash@"));
        assertThat(allowed.get(0).path("after").path("state").asText()).isEqualTo("ignored");
    }

    @Test
    void commandLineSendsItsVexAndPolicyAndGetsTheLocalReport() throws Exception {
        Path vex = java.nio.file.Files.writeString(dir.resolve("lodash.openvex.json"),
                LODASH_NOT_AFFECTED);
        Path policy = java.nio.file.Files.writeString(dir.resolve("policy.yaml"), BLOCK_EXPRESS);
        String sbom = ItPaths.juiceShop().toString();

        StellaCli.Result remote = StellaCli.run(null, "scan", "--server",
                server.uri("").toString(), "--vex", vex.toString(), "--policy-file",
                policy.toString(), "--format", "json", sbom);
        StellaCli.Result local = StellaCli.run(null, "scan", "--db", db.toString(), "--vex",
                vex.toString(), "--policy-file", policy.toString(), "--format", "json", sbom);
        StellaCli.Result explained = StellaCli.run(null, "scan", "--server",
                server.uri("").toString(), "--vex", vex.toString(), "--explain",
                "CVE-2019-10744", sbom);

        assertThat(remote.exit()).as(remote.err()).isEqualTo(1);
        assertThat(new String(remote.out(), StandardCharsets.UTF_8))
                .isEqualTo(new String(local.out(), StandardCharsets.UTF_8));
        assertThat(new String(explained.out(), StandardCharsets.UTF_8)).as(explained.err())
                .contains("  final     suppressed (action suppress, counted as critical)");
    }

    @Test
    void deltaScanCarriesItsVexAndPolicyInTheRequest() throws Exception {
        Path vex = java.nio.file.Files.writeString(dir.resolve("express.openvex.json"),
                LODASH_NOT_AFFECTED.replace("CVE-2019-10744", "CVE-2024-43796")
                        .replace("pkg:npm/lodash", "pkg:npm/express"));
        Path policy = java.nio.file.Files.writeString(dir.resolve("delta-policy.yaml"),
                BLOCK_EXPRESS);
        String image = ItPaths.project().resolve("src/test/resources/images/tiny.docker.tar")
                .toString();

        StellaCli.Result remote = StellaCli.run(null, "scan", "--server",
                server.uri("").toString(), "--delta", "--no-cache", "--vex", vex.toString(),
                "--policy-file", policy.toString(), "--format", "json", image);
        StellaCli.Result local = StellaCli.run(null, "scan", "--db", db.toString(),
                "--no-cache", "--vex", vex.toString(), "--policy-file", policy.toString(),
                "--format", "json", image);

        assertThat(remote.exit()).as(remote.err()).isEqualTo(1);
        JsonNode report = ApiClient.json(remote.out());
        assertThat(stateOf(report, "CVE-2024-43796", "pkg:npm/express@4.17.1"))
                .isEqualTo("open");
        assertThat(finding(report, "CVE-2024-43796", "pkg:npm/express@4.17.1")
                .path("status").asText()).isEqualTo("not_affected");
        assertThat(report.path("policy").path("blocked").asBoolean()).isTrue();
        assertThat(new String(remote.out(), StandardCharsets.UTF_8))
                .isEqualTo(new String(local.out(), StandardCharsets.UTF_8));
    }

    private static JsonNode scan(String client) {
        HttpResponse<byte[]> answer = api.post("/scan?wait=true",
                ApiClient.read(ItPaths.juiceShop()), CYCLONEDX, KEY, client);
        assertThat(answer.statusCode()).as(text(answer)).isEqualTo(200);
        return ApiClient.json(answer.body());
    }

    private static String stateOf(JsonNode report, String id, String purl) {
        return finding(report, id, purl).path("state").asText();
    }

    private static JsonNode finding(JsonNode report, String id, String purl) {
        for (JsonNode finding : report.path("findings")) {
            if (finding.path("id").asText().equals(id)
                    && finding.path("purl").asText().equals(purl)) {
                return finding;
            }
        }
        throw new AssertionError("no finding " + id + " " + purl);
    }

    private static Object[] part(String name, String file, byte[] bytes) {
        return new Object[] {name, file, bytes};
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
