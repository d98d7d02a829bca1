// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One changed byte anywhere in a layer or manifest makes reading fail, naming what changed. */
class LayerVerificationTest {

    private static final ImageSources.Options AMD64 = ImageSources.Options.defaults()
            .withPlatform(Platform.parse("linux/amd64"));

    @TempDir
    Path temp;

    @Test
    void changedByteInCompressedLayerFailsWithBothDigests() throws IOException {
        Path layout = ImageFixtures.get().copyOfOciDir(temp.resolve("oci"));
        LayerBlob first;
        try (ImageSource source = ImageSources.open(layout + ":base", TargetKind.OCI, AMD64)) {
            first = source.layers().get(0);
        }
        flipByte(layout.resolve(LayoutBlobs.path(first.digest())), 200);

        try (ImageSource source = ImageSources.open(layout + ":base", TargetKind.OCI, AMD64);
             LayerStream stream = source.openLayer(source.layers().get(0))) {
            assertThatThrownBy(() -> stream.tar().readAllBytes())
                    .isInstanceOf(ImageException.class)
                    .hasMessageContaining("layer 0 (" + first.digest() + ") blob digest mismatch")
                    .hasMessageContaining("expected " + first.digest() + ", actual sha256:");
        }
    }

    @Test
    void changedByteInUncompressedDockerArchiveLayerFailsOnDiffId() throws IOException {
        Path archive = Files.copy(ImageFixtures.get().dockerArchive, temp.resolve("d.tar"));
        String diffId;
        try (ImageSource source = ImageSources.open(archive.toString(),
                TargetKind.DOCKER_ARCHIVE, AMD64)) {
            LayerBlob first = source.layers().get(0);
            diffId = first.diffId();
            // Layer 0 holds var/lib/dpkg/status; its text starts after four 512-byte headers.
            flipByte(archive, dataOffset(archive, first.location()) + 4 * 512 + 100);
        }

        try (ImageSource source = ImageSources.open(archive.toString(),
                TargetKind.DOCKER_ARCHIVE, AMD64);
             LayerStream stream = source.openLayer(source.layers().get(0))) {
            assertThat(stream.diffId()).isEqualTo(diffId);
            assertThatThrownBy(stream::finish)
                    .isInstanceOf(ImageException.class)
                    .hasMessageContaining("diff id mismatch: expected " + diffId)
                    .hasMessageContaining("altered or corrupted");
        }
    }

    @Test
    void changedManifestInLayoutIsRefusedBeforeAnyLayer() throws IOException {
        Path layout = ImageFixtures.get().copyOfOciDir(temp.resolve("oci"));
        String index = Files.readString(layout.resolve("index.json"));
        String manifestDigest = index.replaceFirst("(?s).*?\"digest\":\"(sha256:[0-9a-f]{64})\".*",
                "$1");
        Path manifest = layout.resolve(LayoutBlobs.path(manifestDigest));
        Files.writeString(manifest, Files.readString(manifest).replace("\"schemaVersion\":2",
                "\"schemaVersion\": 2"));

        assertThatThrownBy(() -> ImageSources.open(layout + ":base", TargetKind.OCI, AMD64))
                .isInstanceOf(ImageException.class)
                .hasMessageContaining("manifest " + manifestDigest + " digest mismatch: expected "
                        + manifestDigest + ", actual sha256:");
    }

    @Test
    void closingAfterAPartialReadReleasesTheFile() throws IOException {
        try (ImageSource source = ImageSources.open(ImageFixtures.get().ociDir + ":base",
                TargetKind.OCI, AMD64)) {
            long before = openFiles();
            for (int i = 0; i < 200; i++) {
                try (LayerStream stream = source.openLayer(source.layers().get(0))) {
                    assertThat(stream.tar().readNBytes(10)).hasSize(10);
                }
            }
            assertThat(openFiles()).isLessThan(before + 10);
        }
    }

    @Test
    void layerOfAnotherImageIsRefused() throws IOException {
        LayerBlob foreign = new LayerBlob(0, "sha256:" + "0".repeat(64), "", 1,
                "sha256:" + "0".repeat(64), "../../etc/passwd");
        try (ImageSource source = ImageSources.open(ImageFixtures.get().dockerArchive.toString(),
                TargetKind.DOCKER_ARCHIVE, AMD64)) {
            assertThatThrownBy(() -> source.openLayer(foreign))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("is not a layer of this image");
        }
    }

    private static long dataOffset(Path archive, String member) throws IOException {
        try (TarFile tar = new TarFile(archive)) {
            for (TarArchiveEntry entry : tar.getEntries()) {
                if (entry.getName().equals(member)) {
                    return entry.getDataOffset();
                }
            }
        }
        throw new IllegalStateException(member + " not in " + archive);
    }

    private static void flipByte(Path file, long offset) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(offset);
            int b = raf.read();
            raf.seek(offset);
            raf.write(b ^ 0x01);
        }
    }

    private static long openFiles() throws IOException {
        try (var fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        }
    }
}
