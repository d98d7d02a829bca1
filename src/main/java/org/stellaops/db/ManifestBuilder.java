// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.db;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.stellaops.feed.FeedImport;
import org.stellaops.feed.OsvAffected;
import org.stellaops.feed.OsvRange;
import org.stellaops.feed.OsvRecord;
import org.stellaops.feed.PreparedAdvisory;
import org.stellaops.version.VersionSchemes;

/** Counts what an import holds, per ecosystem, for the manifest and {@code stella db status}. */
final class ManifestBuilder {

    private ManifestBuilder() {
    }

    static SnapshotManifest build(FeedImport feed) {
        Map<String, int[]> counts = new TreeMap<>();
        Set<String> unknown = new TreeSet<>();
        int withdrawn = 0;
        int notReported = 0;
        int gitRanges = 0;
        for (PreparedAdvisory advisory : feed.advisories()) {
            OsvRecord record = advisory.record();
            withdrawn += record.isWithdrawn() ? 1 : 0;
            notReported += record.isReportable() ? 0 : 1;
            Map<String, Boolean> seen = new HashMap<>();
            for (OsvAffected affected : record.affected()) {
                String ecosystem = affected.ecosystem() == null ? "(none)" : affected.ecosystem();
                int[] count = counts.computeIfAbsent(ecosystem, k -> new int[2]);
                count[1]++;
                if (seen.put(ecosystem, Boolean.TRUE) == null) {
                    count[0]++;
                }
                for (OsvRange range : affected.ranges()) {
                    gitRanges += range.isGit() ? 1 : 0;
                }
                if (affected.ecosystem() == null || VersionSchemes.forEcosystem(affected.ecosystem()) == null) {
                    unknown.add(ecosystem);
                }
            }
        }
        Map<String, SnapshotManifest.EcosystemCount> ecosystems = new TreeMap<>();
        counts.forEach((k, v) -> ecosystems.put(k, new SnapshotManifest.EcosystemCount(v[0], v[1])));
        return new SnapshotManifest(IndexFormat.VERSION, feed.digest(), feed.snapshotDate(),
                feed.advisories().size(), withdrawn, notReported, gitRanges, ecosystems,
                java.util.List.copyOf(unknown));
    }
}
