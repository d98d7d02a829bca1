// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.image;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;

/** Counts and digests every byte that passes, and fails once the count passes a limit. */
final class MeteredInputStream extends FilterInputStream {

    private final MessageDigest sha256 = Digests.newSha256();
    private final long limit;
    private final String limitMessage;
    private long count;

    /** {@code limitMessage} is the whole error text, so it can name the layer and the key. */
    MeteredInputStream(InputStream in, long limit, String limitMessage) {
        super(in);
        this.limit = limit;
        this.limitMessage = limitMessage;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            sha256.update((byte) b);
            advance(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n > 0) {
            sha256.update(buffer, offset, n);
            advance(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // Skipped bytes must still be digested, so skipping reads.
        return SkipByReading.skip(this, n);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    long count() {
        return count;
    }

    String digest() {
        return Digests.format(sha256.digest());
    }

    private void advance(int n) throws ImageException {
        count += n;
        if (count > limit) {
            throw new ImageException(limitMessage);
        }
    }
}
