// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.it;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.stellaops.it.ProblemResponses.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.stellaops.replay.InputRole;
import org.stellaops.replay.InputStore;
import org.stellaops.replay.ReplayManifest;
import org.stellaops.replay.SrmYaml;

/**
 * A scan's evidence on the packaged server: the replay manifest names the inputs and the
 * reports the server serves by their digests, the envelopes verify with {@code stella verify}
 * against the server's key, and a local {@code stella scan --attest} of the same SBOM with the
 * same key signs byte-identical envelopes.
 */
@Timeout(value = 180, unit = SECONDS)
class EvidenceApiIT {

    @TempDir
    static Path dir;
    static Path keys;
    static ServerProcess server;
    static ApiClient api;

    @BeforeAll
    static void startServer() {
        keys = dir.resolve("keys");
        server = new ServerProcess("evidence-api", ItPaths.copyOfExampleDb(dir))
                .with("stella.attest.keys-dir", keys.toString()).start();
        api = new ApiClient(server);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void manifestNamesTheInputAndTheServedReportsByDigest() throws Exception {
        String id = api.submitAndWait(ItPaths.juiceShop());

        HttpResponse<byte[]> srm = api.getBytes("/scans/" + id + "/srm");
        assertThat(srm.statusCode()).isEqualTo(200);
        assertThat(srm.headers().firstValue("Content-Type").orElse("")).startsWith(
                "application/yaml");
        ReplayManifest manifest = SrmYaml.read(Files.write(dir.resolve(id + ".srm.yaml"),
                srm.body()));

        assertThat(manifest.inputs(InputRole.SBOM)).singleElement().extracting(
                ReplayManifest.Input::digest).isEqualTo(InputStore.digestOf(ItPaths.juiceShop()));
        byte[] json = api.getBytes("/scans/" + id + "/report?format=json").body();
        byte[] sarif = api.getBytes("/scans/" + id + "/report?format=sarif").body();
        assertThat(manifest.outputs()).containsEntry("report.json", InputStore.digestOf(json))
                .containsEntry("report.sarif.json", InputStore.digestOf(sarif))
                .containsKeys("report.cdx.json", "sbom.intoto.json", "vulns.intoto.json",
                        "graph.intoto.json");
        assertThat(manifest.snapshot()).isEqualTo(api.json(api.getBytes("/scans/" + id).body())
                .path("snapshot").asText());
    }

    @Test
    void envelopesVerifyAgainstTheServersKeyAndMatchALocalScan() throws Exception {
        String id = api.submitAndWait(ItPaths.juiceShop());
        Path served = Files.createDirectories(dir.resolve("served-" + id));
        for (String name : new String[] {"sbom.dsse.json", "vulns.dsse.json",
            "graph.dsse.json", "srm.dsse.json"}) {
            HttpResponse<byte[]> envelope = api.getBytes("/scans/" + id + "/attestations/"
                    + name);
            assertThat(envelope.statusCode()).as(name).isEqualTo(200);
            Files.write(served.resolve(name), envelope.body());
        }

        StellaCli.Result verified = StellaCli.run(null, "verify", "--keys-dir", keys.toString(),
                "--artifact", ItPaths.juiceShop().toString(), served.toString());
        assertThat(verified.exit()).as(verified.err()).isZero();
        assertThat(new String(verified.out(), StandardCharsets.UTF_8)).contains(
                "verified: " + served.resolve("vulns.dsse.json"));

        // the same SBOM from standard input, as the server names it, signed with the same key:
        // the scan's own envelopes are identical (the manifests differ in the tool build)
        Path local = dir.resolve("local-" + id);
        StellaCli.Result scan = StellaCli.run(new StellaCli.Launch(java.util.List.of(),
                java.util.List.of(), java.util.Map.of("STELLA_ATTEST_KEYS_DIR", keys.toString())),
                ItPaths.juiceShop(), "scan", "--db", ItPaths.exampleDb().toString(), "--attest",
                local.toString(), "--format", "json", "-");
        assertThat(scan.exit()).as(scan.err()).isEqualTo(1);
        for (String name : new String[] {"sbom.dsse.json", "vulns.dsse.json",
            "graph.dsse.json"}) {
            assertThat(Files.readAllBytes(served.resolve(name))).as(name)
                    .isEqualTo(Files.readAllBytes(local.resolve(name)));
        }
    }

    @Test
    void allEnvelopesTogetherAndATamperedOneFails() throws Exception {
        String id = api.submitAndWait(ItPaths.juiceShop());
        HttpResponse<byte[]> all = api.getBytes("/scans/" + id + "/attestations");
        assertThat(all.statusCode()).isEqualTo(200);
        JsonNode envelopes = api.json(all.body()).path("envelopes");
        assertThat(envelopes.fieldNames()).toIterable().containsExactly("graph.dsse.json",
                "sbom.dsse.json", "srm.dsse.json", "vulns.dsse.json");

        JsonNode vulns = envelopes.path("vulns.dsse.json");
        byte[] payload = Base64.getDecoder().decode(vulns.path("payload").asText());
        String edited = new String(payload, StandardCharsets.UTF_8).replace("\"open\"",
                "\"suppressed\"");
        assertThat(edited).isNotEqualTo(new String(payload, StandardCharsets.UTF_8));
        ((com.fasterxml.jackson.databind.node.ObjectNode) vulns).put("payload",
                Base64.getEncoder().encodeToString(edited.getBytes(StandardCharsets.UTF_8)));
        Path tampered = Files.writeString(dir.resolve("tampered.dsse.json"), vulns.toString());

        StellaCli.Result verdict = StellaCli.run(null, "verify", "--keys-dir", keys.toString(),
                tampered.toString());
        assertThat(verdict.exit()).isEqualTo(1);
        assertThat(new String(verdict.out(), StandardCharsets.UTF_8)).contains("not verified");
    }

    @Test
    void unknownScansAndFilesAreProblems() {
        String id = api.submitAndWait(ItPaths.juiceShop());
        assertProblem(api.getBytes("/scans/" + "0".repeat(32) + "/srm"), 404);
        assertProblem(api.getBytes("/scans/" + id + "/attestations/secrets.txt"), 404);
        assertThat(api.getBytes("/api/v1/scans/" + id + "/srm").statusCode()).isEqualTo(200);
    }
}
