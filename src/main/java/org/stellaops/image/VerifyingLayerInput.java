// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.image;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The uncompressed side of a layer: counts against the limits and, at end of stream, drains the
 * compressed side and compares both digests. A failed verification repeats on every later read,
 * so no caller can mistake it for a clean end.
 */
final class VerifyingLayerInput extends FilterInputStream {

    private final LayerBlob layer;
    private final MeteredInputStream compressed;
    private final MeteredInputStream uncompressed;
    private final ImageLimits limits;
    private ImageException failure;
    private boolean verified;

    VerifyingLayerInput(LayerBlob layer, MeteredInputStream compressed,
                        MeteredInputStream uncompressed, ImageLimits limits) {
        super(uncompressed);
        this.layer = layer;
        this.compressed = compressed;
        this.uncompressed = uncompressed;
        this.limits = limits;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (failure != null) {
            throw failure;
        }
        int n;
        try {
            n = super.read(buffer, offset, length);
        } catch (ImageException e) {
            failure = e;
            throw e;
        } catch (IOException e) {
            throw explainDecompressionFailure(e);
        }
        if (n < 0) {
            verifyAtEnd();
            return -1;
        }
        checkRatio();
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // Skipping reads, so the limits and the end-of-stream verification still apply.
        return SkipByReading.skip(this, n);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void checkRatio() throws ImageException {
        long out = uncompressed.count();
        if (out > ImageLimits.RATIO_GRACE_BYTES
                && out > limits.maxExpansionRatio() * Math.max(1, compressed.count())) {
            failure = new ImageException(layer.describe() + " expands more than "
                    + limits.maxExpansionRatio() + " times its compressed size ("
                    + ImageLimits.KEY_MAX_RATIO + "); refusing a possible decompression bomb");
            throw failure;
        }
    }

    /**
     * A changed byte usually breaks the decompressor before the end is reached; the digest of
     * the whole blob then tells tampering from an unsupported format, so drain and compare.
     */
    private ImageException explainDecompressionFailure(IOException cause) {
        try {
            compressed.transferTo(OutputStream.nullOutputStream());
            if (layer.digest() != null) {
                compare("blob digest", layer.digest(), compressed.digest());
            }
            failure = new ImageException(layer.describe() + " cannot be decompressed: "
                    + cause.getMessage(), cause);
        } catch (ImageException e) {
            failure = e;
        } catch (IOException e) {
            failure = new ImageException(layer.describe() + " cannot be read: "
                    + e.getMessage(), e);
        }
        return failure;
    }

    private void verifyAtEnd() throws IOException {
        if (verified) {
            return;
        }
        // Trailing bytes after the compressed stream still belong to the blob's digest.
        compressed.transferTo(OutputStream.nullOutputStream());
        if (layer.digest() != null) {
            compare("blob digest", layer.digest(), compressed.digest());
        }
        compare("diff id", layer.diffId(), uncompressed.digest());
        verified = true;
    }

    private void compare(String what, String expected, String actual) throws ImageException {
        if (!expected.equals(actual)) {
            failure = new ImageException(layer.describe() + " " + what + " mismatch: expected "
                    + expected + ", actual " + actual + "; the layer was altered or corrupted");
            throw failure;
        }
    }
}
