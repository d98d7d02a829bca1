// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs kept by content: named by their sha256, checked again when read back. */
class InputStoreTest {

    @TempDir
    Path dir;

    @Test
    void keepsFilesAndBytesUnderTheirDigest() throws Exception {
        byte[] bytes = "{\"a\": 1}".getBytes(StandardCharsets.UTF_8);
        String hex = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        Path file = Files.write(dir.resolve("doc.json"), bytes);
        InputStore store = new InputStore(dir.resolve("inputs"));
        assertThat(store.put(file)).isEqualTo("sha256:" + hex);
        assertThat(store.put(bytes)).isEqualTo("sha256:" + hex);
        try (var listed = Files.list(store.dir())) {
            assertThat(listed.map(p -> p.getFileName().toString())).containsExactly(hex);
        }
        ReplayManifest.Input input = new ReplayManifest.Input(InputRole.VEX, "doc.json",
                "sha256:" + hex);
        assertThat(Files.readAllBytes(store.resolve(input))).isEqualTo(bytes);
    }

    @Test
    void missingAndAlteredCopiesAreErrors() throws Exception {
        InputStore store = new InputStore(dir);
        String digest = store.put("policy".getBytes(StandardCharsets.UTF_8));
        ReplayManifest.Input input = new ReplayManifest.Input(InputRole.POLICY, "p.yaml", digest);
        Files.writeString(dir.resolve(digest.substring(7)), "policy, edited");
        assertThatThrownBy(() -> store.resolve(input)).isInstanceOf(ReplayException.class)
                .hasMessageContaining("was altered").hasMessageContaining(digest);
        ReplayManifest.Input absent = new ReplayManifest.Input(InputRole.SBOM, "app.json",
                "sha256:" + "0".repeat(64));
        assertThatThrownBy(() -> store.resolve(absent))
                .hasMessageContaining("input sbom app.json").hasMessageContaining("is not in");
    }
}
