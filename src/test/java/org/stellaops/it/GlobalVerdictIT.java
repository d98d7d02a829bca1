// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.it;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server configured with global VEX ({@code stella.vex.dir}) and a default policy
 * ({@code stella.policy.file}): every scan gets both, without sending either.
 */
@Timeout(value = 120, unit = SECONDS)
class GlobalVerdictIT {

    @TempDir
    static Path dir;
    static ServerProcess server;
    static ApiClient api;

    @BeforeAll
    static void startServer() throws Exception {
        Path vex = Files.createDirectories(dir.resolve("vex"));
        Files.copy(Path.of("examples/vex/juice-shop.openvex.json"),
                vex.resolve("juice-shop.openvex.json"));
        server = new ServerProcess("global-verdict", ItPaths.copyOfExampleDb(dir))
                .with("stella.vex.dir", vex.toString())
                .with("stella.policy.file", Path.of("examples/policy/juice-shop.yaml")
                        .toAbsolutePath().toString())
                .with("stella.vex.trust", "Juice Shop Maintainers*=vendor")
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
    void everyScanGetsTheGlobalVexAndTheDefaultPolicy() {
        HttpResponse<byte[]> answer = api.post("/scan?wait=true",
                ApiClient.read(ItPaths.juiceShop()), "application/vnd.cyclonedx+json");

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode report = ApiClient.json(answer.body());
        assertThat(report.path("policy").path("name").asText()).isEqualTo("juice-shop-example");
        assertThat(report.path("vex").path("trust").path("issuers").get(0).path("weight")
                .asDouble()).isEqualTo(1.0);
        JsonNode lodash = null;
        for (JsonNode finding : report.path("findings")) {
            if (finding.path("id").asText().equals("CVE-2019-10744")) {
                lodash = finding;
            }
        }
        assertThat(lodash.path("state").asText()).isEqualTo("suppressed");
        assertThat(lodash.path("explain").path("vex").path("statements").get(0).path("trust")
                .asDouble()).isEqualTo(1.0);
    }

    @Test
    void theGlobalDocumentsAreListedAndThePreviewComparesWithTheDefault() {
        JsonNode listed = ApiClient.json(api.get("/api/v1/vex").body());
        HttpResponse<byte[]> preview = api.post("/api/v1/policy/preview",
                ApiClient.JSON.createObjectNode().put("policy", "apiVersion: stella.ops/policy/v1"
                        + "\nname: none\nrules: []\n").put("sbom", new String(
                        ApiClient.read(ItPaths.juiceShop()), java.nio.charset.StandardCharsets
                                .UTF_8)).toString().getBytes(java.nio.charset.StandardCharsets
                                        .UTF_8), "application/json");

        assertThat(listed.path("documents").get(0).path("scope").asText()).isEqualTo("global");
        assertThat(preview.statusCode()).isEqualTo(200);
        JsonNode view = ApiClient.json(preview.body());
        assertThat(view.path("current").path("name").asText()).isEqualTo("juice-shop-example");
        assertThat(view.path("blocked").asBoolean()).isFalse();
        // the default policy ignored the cookie findings; with no rules they are open again
        assertThat(view.path("differences").path("changed")).anySatisfy(d -> assertThat(
                d.path("purl").asText()).startsWith("pkg:npm/cookie@"));
    }
}
