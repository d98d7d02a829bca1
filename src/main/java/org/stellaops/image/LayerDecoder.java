// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.image;

import io.airlift.compress.zstd.ZstdInputStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Turns a raw layer blob into a verified {@link LayerStream}: compression is decided by the
 * blob's magic bytes, not its media type, because docker-archive layers declare none and
 * registries have been seen to mislabel them.
 */
final class LayerDecoder {

    private static final byte[] GZIP = {0x1f, (byte) 0x8b};
    private static final byte[] ZSTD = {0x28, (byte) 0xb5, 0x2f, (byte) 0xfd};
    private static final byte[] XZ = {(byte) 0xfd, 0x37, 0x7a, 0x58, 0x5a};

    private LayerDecoder() {
    }

    static LayerStream decode(LayerBlob layer, InputStream raw, ImageLimits limits)
            throws IOException {
        try {
            MeteredInputStream compressed = new MeteredInputStream(raw,
                    limits.maxCompressedBytes(), layer.describe() + " is larger than "
                    + limits.maxCompressedBytes() + " bytes (" + ImageLimits.KEY_MAX_COMPRESSED
                    + ")");
            BufferedInputStream buffered = new BufferedInputStream(compressed, 65536);
            InputStream tar = decompress(layer, buffered);
            MeteredInputStream uncompressed = new MeteredInputStream(tar,
                    limits.maxUncompressedBytes(), layer.describe() + " uncompresses to more than "
                    + limits.maxUncompressedBytes() + " bytes (" + ImageLimits.KEY_MAX_UNCOMPRESSED
                    + ")");
            return new LayerStream(layer,
                    new VerifyingLayerInput(layer, compressed, uncompressed, limits));
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    private static InputStream decompress(LayerBlob layer, BufferedInputStream in)
            throws IOException {
        in.mark(8);
        byte[] magic = in.readNBytes(6);
        in.reset();
        if (startsWith(magic, GZIP)) {
            return new GzipCompressorInputStream(in, true);
        }
        if (startsWith(magic, ZSTD)) {
            return new ZstdInputStream(in);
        }
        if (startsWith(magic, XZ)) {
            throw new ImageException(layer.describe()
                    + " is compressed with xz, which OCI images do not allow");
        }
        return in;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length
                && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
