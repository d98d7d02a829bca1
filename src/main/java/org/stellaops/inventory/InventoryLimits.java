// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory;

/**
 * Bounds on what the analyzers accept from a layer or tree, which may be hostile.
 *
 * @param maxFileBytes the largest file offered to a detector; larger ones are skipped with a
 *     warning
 * @param maxEntries the most tar entries or tree files read from one layer; more fail the layer
 * @param maxPathLength the longest path accepted; longer entries are skipped with a warning
 */
public record InventoryLimits(long maxFileBytes, long maxEntries, int maxPathLength) {

    /** 512 MiB per file, two million entries, 4096-character paths. */
    public static InventoryLimits defaults() {
        return new InventoryLimits(512L << 20, 2_000_000L, 4096);
    }
}
