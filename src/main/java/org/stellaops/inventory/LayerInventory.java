// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.inventory;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one layer holds for the analyzers, on its own: the files detectors read and what they
 * found, and the changes the layer makes to the layers below it. Depends only on the layer's
 * bytes and the analyzer version, so it can be cached under {@link #cacheKey()} and reused by
 * any image that shares the layer.
 *
 * @param diffId the digest of the uncompressed layer tar, or {@code dir} for a directory tree
 * @param analyzerVersion {@link Detectors#ANALYZER_VERSION} when it was made
 * @param files the files read, sorted by path then detector
 * @param whiteouts paths the layer deletes from lower layers ({@code .wh.NAME} entries), sorted
 * @param opaqueDirs folders whose lower-layer content the layer hides ({@code .wh..wh..opq}),
 *     sorted
 * @param symlinks symbolic links at paths a detector reads, path to target as written; they
 *     hide lower-layer files at the same path
 * @param entries the tar entries (or tree files) seen
 * @param warnings problems that did not stop the analysis, in entry order
 */
public record LayerInventory(
        String diffId,
        String analyzerVersion,
        List<FoundFile> files,
        List<String> whiteouts,
        List<String> opaqueDirs,
        Map<String, String> symlinks,
        long entries,
        List<String> warnings) {

    public LayerInventory {
        files = List.copyOf(files);
        whiteouts = List.copyOf(whiteouts);
        opaqueDirs = List.copyOf(opaqueDirs);
        symlinks = Collections.unmodifiableMap(new TreeMap<>(symlinks));
        warnings = List.copyOf(warnings);
    }

    /** The key a cache stores this result under: the diff id and the analyzer version. */
    public String cacheKey() {
        return diffId + "#analyzer-" + analyzerVersion;
    }

    /** Packages found in this layer alone, in file order. */
    public int packageCount() {
        return files.stream().mapToInt(f -> f.detection().packages().size()).sum();
    }
}
