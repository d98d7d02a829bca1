// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.airlift.compress.zstd.ZstdOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Layer decoding by magic bytes, and the limits that stop decompression bombs. */
class LayerLimitsTest {

    private static final String ANY = "sha256:" + "a".repeat(64);

    @Test
    void gzipBombIsRefusedByTheExpansionRatio() throws IOException {
        byte[] bomb = gzipOfZeros(256L << 20);
        LayerBlob layer = new LayerBlob(3, Digests.of(bomb), "", bomb.length, ANY, "bomb");

        try (LayerStream stream = LayerDecoder.decode(layer, new ByteArrayInputStream(bomb),
                ImageLimits.DEFAULT)) {
            assertThatThrownBy(stream::finish)
                    .isInstanceOf(ImageException.class)
                    .hasMessageContaining("layer 3 (" + layer.digest() + ") expands more than 200")
                    .hasMessageContaining(ImageLimits.KEY_MAX_RATIO);
        }
    }

    @Test
    void uncompressedSizeLimitNamesItsKey() throws IOException {
        byte[] zeros = gzipOfZeros(4L << 20);
        LayerBlob layer = new LayerBlob(0, null, "", -1, ANY, "zeros");
        ImageLimits limits = new ImageLimits(1L << 30, 2L << 20, 100_000, 1 << 20);

        try (LayerStream stream = LayerDecoder.decode(layer, new ByteArrayInputStream(zeros),
                limits)) {
            assertThatThrownBy(stream::finish)
                    .hasMessageContaining("uncompresses to more than 2097152 bytes")
                    .hasMessageContaining(ImageLimits.KEY_MAX_UNCOMPRESSED);
        }
    }

    @Test
    void compressedSizeLimitNamesItsKey() throws IOException {
        byte[] tar = Files.readAllBytes(ImageFixtures.get().root.resolve("layer1.tar"));
        LayerBlob layer = new LayerBlob(0, null, "", -1, Digests.of(tar), "layer1.tar");
        ImageLimits limits = new ImageLimits(1000, 1L << 30, 100, 1 << 20);

        // The first buffered read, for the magic bytes, already passes the limit.
        assertThatThrownBy(() -> {
            try (LayerStream stream = LayerDecoder.decode(layer, new ByteArrayInputStream(tar),
                    limits)) {
                stream.finish();
            }
        }).hasMessageContaining("layer 0 (layer1.tar) is larger than 1000 bytes")
                .hasMessageContaining(ImageLimits.KEY_MAX_COMPRESSED);
    }

    @Test
    void zstdLayerWrittenByAircompressorReadsAndVerifies() throws IOException {
        byte[] tar = Files.readAllBytes(ImageFixtures.get().root.resolve("layer1.tar"));
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (OutputStream zstd = new ZstdOutputStream(compressed)) {
            zstd.write(tar);
        }
        byte[] blob = compressed.toByteArray();
        LayerBlob layer = new LayerBlob(0, Digests.of(blob), "", blob.length, Digests.of(tar),
                "zstd");

        try (LayerStream stream = LayerDecoder.decode(layer, new ByteArrayInputStream(blob),
                ImageLimits.DEFAULT)) {
            assertThat(stream.tar().readAllBytes()).isEqualTo(tar);
        }
    }

    @Test
    void limitsReadFromConfigurationKeys() {
        ImageLimits limits = ImageLimits.fromConfig(key -> key.equals(ImageLimits.KEY_MAX_RATIO)
                ? "20" : null);

        assertThat(limits.maxExpansionRatio()).isEqualTo(20);
        assertThat(limits.maxUncompressedBytes())
                .isEqualTo(ImageLimits.DEFAULT.maxUncompressedBytes());
        assertThatThrownBy(() -> ImageLimits.fromConfig(key -> "lots"))
                .hasMessageContaining(ImageLimits.KEY_MAX_COMPRESSED);
    }

    private static byte[] gzipOfZeros(long size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] zeros = new byte[1 << 20];
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            for (long written = 0; written < size; written += zeros.length) {
                gzip.write(zeros);
            }
        }
        return out.toByteArray();
    }
}
