// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.image;

import java.io.IOException;
import java.io.InputStream;

/**
 * {@code skip} for streams that must see every byte (digests, limits, end-of-stream checks):
 * skipping reads through the stream's own {@code read}, never around it.
 */
final class SkipByReading {

    private SkipByReading() {
    }

    static long skip(InputStream stream, long n) throws IOException {
        byte[] buffer = new byte[8192];
        long skipped = 0;
        while (skipped < n) {
            int r = stream.read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (r < 0) {
                break;
            }
            skipped += r;
        }
        return skipped;
    }
}
