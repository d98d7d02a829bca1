// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stellaops.testing.DebianTools;
import org.stellaops.testing.RegistryServer;

/**
 * {@code stella scan REFERENCE} against a real registry (Debian's docker-registry on 127.0.0.1,
 * plain http) holding the two-layer test image, pushed there by skopeo: the same findings as the
 * archive the image came from, the manifest digest as the target's digest.
 */
class RegistryTargetTest {

    private static final String ARCHIVE = "src/test/resources/images/tiny.docker.tar";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path registryDir;

    private static RegistryServer registry;
    private static String reference;

    @BeforeAll
    static void pushTinyImage() throws Exception {
        registry = RegistryServer.start(registryDir, null);
        reference = registry.address() + "/stella/tiny:1";
        String skopeo = DebianTools.require("skopeo", "skopeo").toString();
        DebianTools.exec(List.of(skopeo, "copy", "--dest-tls-verify=false",
                "docker-archive:" + Path.of(ARCHIVE).toAbsolutePath(), "docker://" + reference),
                registryDir);
    }

    @AfterAll
    static void stopRegistry() {
        registry.close();
    }

    @Test
    void imageFromTheRegistryScansAsItsArchiveDoes() throws Exception {
        Stella.Result pulled = Stella.run("scan", "--db", "examples/db", "--no-cache",
                "--insecure", "--platform", "linux/amd64", "--format", "json",
                "--threshold", "low", reference);
        Stella.Result archived = Stella.run("scan", "--db", "examples/db", "--no-cache",
                "--format", "json", "--threshold", "low", ARCHIVE);

        assertThat(pulled.exit()).as(pulled.err()).isEqualTo(StellaMain.EXIT_FINDINGS);
        JsonNode fromRegistry = JSON.readTree(pulled.out());
        JsonNode fromArchive = JSON.readTree(archived.out());
        assertThat(fromRegistry.at("/target/kind").asText()).isEqualTo("image");
        assertThat(fromRegistry.at("/target/ref").asText()).isEqualTo(reference);
        assertThat(fromRegistry.at("/target/digest").asText()).matches("sha256:[0-9a-f]{64}");
        assertThat(fromRegistry.at("/findings")).isNotEmpty()
                .isEqualTo(fromArchive.at("/findings"));
        assertThat(fromRegistry.at("/unmatched")).isEqualTo(fromArchive.at("/unmatched"));
    }

    @Test
    void plainHttpRegistryNeedsInsecure() {
        Stella.Result refused = Stella.run("scan", "--db", "examples/db", "--no-cache",
                reference);

        assertThat(refused.exit()).isEqualTo(StellaMain.EXIT_ERROR);
        assertThat(refused.err()).startsWith("error: https://" + registry.address())
                .contains("needs --insecure");
    }
}
