// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code manifest.json}: written by databind, read back by the streaming reader. */
class ManifestCodecTest {

    @TempDir
    Path dir;

    private final SnapshotManifest manifest = new SnapshotManifest(1, "sha256:ab",
            "2026-08-21T12:56:10Z", 21519, 41, 1200, 1391,
            Map.of("AlmaLinux:9", new SnapshotManifest.EcosystemCount(2000, 900),
                    "PyPI", new SnapshotManifest.EcosystemCount(2661, 700)),
            List.of("SwiftURL"));

    @Test
    void readsBackEveryFieldItWrote() throws IOException {
        Path file = dir.resolve("manifest.json");

        ManifestCodec.write(manifest, file);

        assertThat(ManifestCodec.read(file)).isEqualTo(manifest);
    }

    @Test
    void skipsMembersItDoesNotKnow() throws IOException {
        Path file = dir.resolve("manifest.json");
        ManifestCodec.write(manifest, file);
        String text = Files.readString(file);
        Files.writeString(file, text.replaceFirst("\\{", "{ \"addedLater\": {\"x\": [1, 2]},"));

        assertThat(ManifestCodec.read(file)).isEqualTo(manifest);
    }

    @Test
    void wrongShapeNamesTheFile() throws IOException {
        Path file = dir.resolve("manifest.json");
        Files.writeString(file, "{\"ecosystems\": [1, 2]}");

        assertThatThrownBy(() -> ManifestCodec.read(file)).isInstanceOf(IOException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("manifest");
    }
}
