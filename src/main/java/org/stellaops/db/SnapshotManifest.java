// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.db;

import java.util.List;
import java.util.Map;

/**
 * The {@code manifest.json} of a snapshot. It holds only what follows from the advisories, no
 * import time or host, so that identical content gives an identical manifest.
 *
 * @param snapshotDate the newest {@code modified} among the advisories
 * @param ecosystems per full OSV ecosystem name (e.g. {@code AlmaLinux:9}): advisories that
 *     name it and affected[] entries for it
 * @param gitRanges GIT ranges seen; they are kept but never used for matching
 * @param unknownEcosystems ecosystems without a version scheme here: their records are kept and
 *     their packages come out as {@code unknown}, never as silently unaffected
 */
public record SnapshotManifest(
        int formatVersion,
        String digest,
        String snapshotDate,
        int advisories,
        int withdrawn,
        int notReported,
        int gitRanges,
        Map<String, EcosystemCount> ecosystems,
        List<String> unknownEcosystems) {

    /** Counts for one ecosystem. */
    public record EcosystemCount(int advisories, int packages) {
    }
}
