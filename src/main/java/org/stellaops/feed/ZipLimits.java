// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.feed;

/**
 * Bounds on what a feed archive may expand to. Sizes are checked against the bytes actually
 * inflated, never against the sizes the archive declares, since a hostile archive can lie.
 *
 * @param maxEntryBytes largest uncompressed entry
 * @param maxTotalBytes largest sum of uncompressed entries in one archive
 * @param maxRatio largest uncompressed/compressed ratio of an entry past {@code ratioFloorBytes}
 * @param ratioFloorBytes entries smaller than this are never judged by ratio
 * @param maxEntries most entries in one archive
 */
public record ZipLimits(
        long maxEntryBytes, long maxTotalBytes, long maxRatio, long ratioFloorBytes,
        int maxEntries) {

    /** Generous for osv.dev exports (the largest record is a few hundred KiB). */
    public static final ZipLimits DEFAULT =
            new ZipLimits(32L << 20, 8L << 30, 200, 1L << 20, 2_000_000);
}
