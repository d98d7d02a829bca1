// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.image;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names and digests read from an archive never lead outside it. */
class ArchiveSafetyTest {

    private static final String DIFF_ID = "sha256:" + "1".repeat(64);
    private static final String CONFIG = "{\"os\":\"linux\",\"architecture\":\"amd64\","
            + "\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[\"" + DIFF_ID + "\"]}}";

    @TempDir
    Path temp;

    @Test
    void manifestJsonLayerPathWithParentSegmentsIsRefused() throws IOException {
        Path archive = dockerArchive(Map.of("config.json", CONFIG, "manifest.json",
                "[{\"Config\":\"config.json\",\"Layers\":[\"../../etc/passwd\"]}]"));

        assertThatThrownBy(() -> open(archive))
                .isInstanceOf(ImageException.class)
                .hasMessageContaining("manifest.json Layers[0] names an unsafe path "
                        + "'../../etc/passwd'");
    }

    @Test
    void manifestJsonAbsoluteConfigPathIsRefused() throws IOException {
        Path archive = dockerArchive(Map.of("manifest.json",
                "[{\"Config\":\"/etc/passwd\",\"Layers\":[]}]"));

        assertThatThrownBy(() -> open(archive))
                .isInstanceOf(ImageException.class)
                .hasMessageContaining("Config names an unsafe path '/etc/passwd'");
    }

    @Test
    void configNamedByDigestMustHaveThatDigest() throws IOException {
        String name = "a".repeat(64) + ".json";
        Path archive = dockerArchive(Map.of(name, CONFIG, "manifest.json",
                "[{\"Config\":\"" + name + "\",\"Layers\":[\"l/layer.tar\"]}]"));

        assertThatThrownBy(() -> open(archive))
                .isInstanceOf(ImageException.class)
                .hasMessageContaining("digest mismatch: expected sha256:" + "a".repeat(64));
    }

    @Test
    void ociIndexWithMalformedDigestIsRefused() throws IOException {
        Path layout = Files.createDirectories(temp.resolve("layout"));
        Files.writeString(layout.resolve("oci-layout"), "{\"imageLayoutVersion\":\"1.0.0\"}");
        Files.writeString(layout.resolve("index.json"), "{\"schemaVersion\":2,\"manifests\":[{"
                + "\"mediaType\":\"" + Descriptor.OCI_MANIFEST + "\","
                + "\"digest\":\"sha256:../../../etc/passwd\",\"size\":1}]}");

        assertThatThrownBy(() -> ImageSources.open(layout.toString(), TargetKind.OCI,
                ImageSources.Options.defaults()))
                .isInstanceOf(ImageException.class)
                .hasMessageContaining("invalid digest")
                .hasMessageContaining("expected sha256:<64 hex digits>");
    }

    private ImageSource open(Path archive) throws IOException {
        return ImageSources.open(archive.toString(), TargetKind.DOCKER_ARCHIVE,
                ImageSources.Options.defaults());
    }

    private Path dockerArchive(Map<String, String> members) throws IOException {
        Path archive = temp.resolve("archive.tar");
        try (OutputStream out = Files.newOutputStream(archive);
             TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            for (Map.Entry<String, String> member : new TreeMap<>(members).entrySet()) {
                byte[] bytes = member.getValue().getBytes(StandardCharsets.UTF_8);
                TarArchiveEntry entry = new TarArchiveEntry(member.getKey());
                entry.setSize(bytes.length);
                tar.putArchiveEntry(entry);
                tar.write(bytes);
                tar.closeArchiveEntry();
            }
        }
        return archive;
    }
}
