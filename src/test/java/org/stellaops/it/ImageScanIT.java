// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stellaops.testing.DebianTools;
import org.stellaops.testing.RegistryServer;

/**
 * Image scans on the server against a real registry (Debian's docker-registry, plain http)
 * holding the two-layer test image: the server pulls and inventories it, keeps each layer's
 * inventory in the shared namespace, and a delta client then finds nothing missing.
 */
class ImageScanIT {

    private static final Path ARCHIVE = ItPaths.project()
            .resolve("src/test/resources/images/tiny.docker.tar");

    @TempDir
    static Path work;

    private static RegistryServer registry;
    private static ServerProcess server;
    private static ApiClient api;
    private static String reference;

    @BeforeAll
    static void startRegistryAndServer() throws Exception {
        Path registryDir = work.resolve("registry");
        java.nio.file.Files.createDirectories(registryDir);
        registry = RegistryServer.start(registryDir, null);
        reference = registry.address() + "/stella/tiny:1";
        String skopeo = DebianTools.require("skopeo", "skopeo").toString();
        DebianTools.exec(List.of(skopeo, "copy", "--dest-tls-verify=false",
                "docker-archive:" + ARCHIVE, "docker://" + reference), registryDir);
        server = new ServerProcess("image-scan", ItPaths.copyOfExampleDb(work))
                .with("stella.server.allow-insecure-registries", "true").start();
        api = new ApiClient(server);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (registry != null) {
            registry.close();
        }
    }

    @Test
    void imageFromTheRegistryScansOnTheServerAsTheCommandLineScansIt() {
        JsonNode remote = scanImage();
        StellaCli.Result local = StellaCli.run(null, "scan", "--db", ItPaths.exampleDb().toString(),
                "--no-cache", "--insecure", "--platform", "linux/amd64", "--format", "json",
                reference);

        JsonNode expected = ApiClient.json(local.out());
        assertThat(remote.at("/target")).isEqualTo(expected.at("/target"));
        assertThat(remote.at("/findings")).isNotEmpty().isEqualTo(expected.at("/findings"));
        assertThat(remote.at("/unmatched")).isEqualTo(expected.at("/unmatched"));
    }

    @Test
    void layersTheServerInventoriedAreSharedWithEveryClient() {
        scanImage();
        double hitsBefore = sharedHits();
        scanImage();

        assertThat(sharedHits()).as("a rescan reads both layers from the shared cache")
                .isEqualTo(hitsBefore + 2);
        String question = """
                {"analyzer": "1", "diffIds": %s}""".formatted(diffIdsJson());
        HttpResponse<byte[]> missing = api.post("/layers/missing",
                question.getBytes(StandardCharsets.UTF_8), "application/json");
        assertThat(missing.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(missing.body()).path("missing")).isEmpty();
    }

    @Test
    void plainHttpNeedsTheServersPermission() throws Exception {
        try (ServerProcess strict = new ServerProcess("image-scan-strict",
                ItPaths.copyOfExampleDb(work.resolve("strict"))).start()) {
            HttpResponse<byte[]> refused = new ApiClient(strict).post("/scan", request(),
                    "application/vnd.stella.scan-request+json");

            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type"))
                    .hasValue("application/problem+json");
            assertThat(new String(refused.body(), StandardCharsets.UTF_8))
                    .contains("allow-insecure-registries");
        }
    }

    private static JsonNode scanImage() {
        HttpResponse<byte[]> scanned = api.post("/scan?wait=true", request(),
                "application/vnd.stella.scan-request+json");
        assertThat(scanned.statusCode()).as(new String(scanned.body(), StandardCharsets.UTF_8))
                .isEqualTo(200);
        return ApiClient.json(scanned.body());
    }

    private static byte[] request() {
        return """
                {"image": "%s", "platform": "linux/amd64", "insecure": true}"""
                .formatted(reference).getBytes(StandardCharsets.UTF_8);
    }

    private static String diffIdsJson() {
        JsonNode state = ApiClient.json(api.get("/scans?limit=1").body()).path("scans").get(0);
        JsonNode report = ApiClient.json(api.get("/scans/" + state.path("id").asText()
                + "/report?format=cyclonedx").body());
        StringBuilder ids = new StringBuilder("[");
        for (JsonNode property : report.at("/metadata/properties")) {
            if (property.path("name").asText().startsWith("stella:image:diffId")) {
                ids.append(ids.length() > 1 ? "," : "").append('"')
                        .append(property.path("value").asText()).append('"');
            }
        }
        assertThat(ids.length()).as("the SBOM lists the image's diff ids").isGreaterThan(1);
        return ids.append(']').toString();
    }

    private static double sharedHits() {
        String metrics = api.get("/metrics").body();
        return metrics.lines()
                .filter(l -> l.startsWith("stella_layer_cache_total{")
                        && l.contains("namespace=\"shared\"") && l.contains("result=\"hit\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }
}
