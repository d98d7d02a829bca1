// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stellaops.inventory.Detectors;
import org.stellaops.inventory.LayerInventory;
import org.stellaops.inventory.LayerInventoryJson;

/**
 * {@code stella scan --server --delta} of the tiny image against a fake server: only the layers
 * the server lacks are read and uploaded. See src/test/resources/images/README.md.
 */
class DeltaScanTest {

    private static final Path TINY = Path.of("src/test/resources/images/tiny.docker.tar");
    private static final String BOTTOM =
            "sha256:fece1e2154cede41bde9b1e377a227abe7d0e70835904aec6d95132bbe35ff89";
    private static final String TOP =
            "sha256:218e3bc5d18913cf390e145d935fbf3125b64100ec143efcef30c5d64657a3f4";
    private static final String CONFIG =
            "sha256:ba11d9503f5f5d5caf1bbc1ca31e07d7336eb920e47fe5efdf28c4c9caf7dc31";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private FakeScanServer server;
    private String home;

    @BeforeEach
    void startServer() throws IOException {
        server = FakeScanServer.start();
        home = System.getProperty("user.home");
        System.setProperty("user.home", dir.toString());
    }

    @AfterEach
    void stopServer() {
        server.close();
        System.setProperty("user.home", home);
    }

    @Test
    void serverWithEveryLayerGetsNoUploadAndTheScanRequest() throws IOException {
        server.missing = List.of();

        Stella.Result result = deltaScan(TINY.toString());

        assertThat(result.exit()).as(result.err()).isEqualTo(StellaMain.EXIT_PASS);
        assertThat(result.out()).isEqualTo(server.report);
        assertThat(server.requests()).extracting(r -> r.method() + " " + r.uri())
                .containsExactly("POST /layers/missing", "POST /scan?wait=true");

        FakeScanServer.Request question = server.requests().get(0);
        assertThat(question.header("Content-Type")).isEqualTo("application/json");
        JsonNode asked = JSON.readTree(question.body());
        assertThat(asked.path("analyzer").asText()).isEqualTo(Detectors.ANALYZER_VERSION);
        assertThat(texts(asked.path("diffIds"))).containsExactly(BOTTOM, TOP);

        FakeScanServer.Request scan = server.requests().get(1);
        assertThat(scan.header("Content-Type"))
                .isEqualTo("application/vnd.stella.scan-request+json");
        JsonNode request = JSON.readTree(scan.body());
        assertThat(texts(request.path("layers"))).containsExactly(BOTTOM, TOP);
        JsonNode image = request.path("image");
        assertThat(image.path("name").asText()).isEqualTo(TINY.toString());
        // a docker archive has no manifest document: the config digest names the image
        assertThat(image.path("digest").asText()).isEqualTo(CONFIG);
        assertThat(image.path("created").asText()).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(image.path("properties").path("stella:image:diffId:001").asText())
                .isEqualTo(TOP);
        assertThat(image.path("properties").path("stella:image:repoTag:000").asText())
                .isEqualTo("stella-fixtures/tiny:1");
        assertThat(server.requests()).extracting(r -> r.header("X-Stella-Client-Key"))
                .doesNotContainNull().containsOnly(question.header("X-Stella-Client-Key"));
    }

    @Test
    void onlyTheLayerTheServerLacksIsReadAndUploaded() throws IOException {
        // the bottom layer's bytes no longer match its diff id: reading it would fail the scan
        Path image = corruptLayer(BOTTOM);
        server.missing = List.of(TOP);

        Stella.Result result = deltaScan(image.toString());

        assertThat(result.exit()).as(result.err()).isEqualTo(StellaMain.EXIT_PASS);
        List<FakeScanServer.Request> puts = server.requests("PUT", "/layers/");
        assertThat(puts).hasSize(1);
        assertThat(puts.get(0).uri()).isEqualTo("/layers/" + TOP);
        assertThat(puts.get(0).header("Content-Type"))
                .isEqualTo("application/vnd.stella.layer-inventory+json");
        LayerInventory uploaded = LayerInventoryJson.read(puts.get(0).text());
        assertThat(uploaded.diffId()).isEqualTo(TOP);
        assertThat(uploaded.analyzerVersion()).isEqualTo(Detectors.ANALYZER_VERSION);
        assertThat(uploaded.whiteouts()).contains("app/node_modules/lodash");

        JsonNode request = JSON.readTree(server.requests("POST", "/scan").get(0).body());
        assertThat(texts(request.path("layers"))).containsExactly(BOTTOM, TOP);
    }

    @Test
    void lackedLayerIsVerifiedBeforeItIsUploaded() throws IOException {
        Path image = corruptLayer(BOTTOM);
        server.missing = List.of(BOTTOM);

        Stella.Result result = deltaScan(image.toString());

        assertThat(result.exit()).isEqualTo(StellaMain.EXIT_ERROR);
        assertThat(result.err()).contains(BOTTOM.substring("sha256:".length(), 20));
        assertThat(server.requests()).extracting(r -> r.method() + " " + r.uri())
                .containsExactly("POST /layers/missing");
    }

    @Test
    void deltaOfAnSbomIsRefused() throws IOException {
        Path sbom = CliFixtures.sbom(dir, "pkg:npm/alpha@1.0.0");

        Stella.Result result = deltaScan(sbom.toString());

        assertThat(result.exit()).isEqualTo(StellaMain.EXIT_ERROR);
        assertThat(result.err()).contains("--delta needs an image target");
        assertThat(server.requests()).isEmpty();
    }

    private Stella.Result deltaScan(String target) {
        return Stella.run("scan", "--server", server.url(), "--delta", "--no-cache",
                "--format", "json", target);
    }

    /** A copy of the tiny archive with one byte in the middle of a layer flipped. */
    private Path corruptLayer(String diffId) throws IOException {
        Path copy = Files.copy(TINY, dir.resolve("corrupt.docker.tar"));
        String member = diffId.substring("sha256:".length()) + ".tar";
        long offset = -1;
        try (TarFile tar = new TarFile(copy)) {
            for (TarArchiveEntry entry : tar.getEntries()) {
                if (entry.getName().equals(member)) {
                    offset = entry.getDataOffset() + entry.getSize() / 2;
                }
            }
        }
        assertThat(offset).as(member).isPositive();
        try (FileChannel file = FileChannel.open(copy, StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            ByteBuffer one = ByteBuffer.allocate(1);
            file.read(one, offset);
            one.put(0, (byte) (one.get(0) ^ 0xFF)).rewind();
            file.write(one, offset);
        }
        return copy;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
