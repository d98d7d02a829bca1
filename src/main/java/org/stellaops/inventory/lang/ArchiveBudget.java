// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory.lang;

/**
 * The limits of one Java archive walk, shared by all its nesting levels so that a zip bomb of
 * nested archives cannot multiply them: how deep archives nest, how many inflated bytes are read
 * in all, and how large one metadata entry may be.
 */
final class ArchiveBudget {

    static final int DEFAULT_DEPTH = 4;
    static final long DEFAULT_TOTAL = 512L << 20;
    static final int MAX_METADATA_BYTES = 256 << 10;

    private final int maxDepth;
    private long remaining;

    ArchiveBudget(int maxDepth, long totalBytes) {
        this.maxDepth = maxDepth;
        this.remaining = totalBytes;
    }

    int maxDepth() {
        return maxDepth;
    }

    /** Counts bytes read; false once the total is spent. */
    boolean spend(long bytes) {
        remaining -= bytes;
        return remaining >= 0;
    }
}
