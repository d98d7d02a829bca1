// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.match;

import java.util.List;

/**
 * The result of matching a set of packages against one snapshot. Every list is sorted, so the
 * same packages and snapshot always give the same report.
 *
 * @param target what was scanned, as the user named it
 * @param coveredEcosystems every ecosystem the snapshot covers
 * @param packages distinct purls matched
 * @param findings sorted by {@link Finding#REPORT_ORDER}
 * @param notCovered packages the snapshot could not answer for, sorted by purl
 * @param unknowns advisories whose ranges could not be evaluated, sorted by purl then advisory
 */
public record ScanReport(
        String target,
        String snapshotDigest,
        String snapshotDate,
        List<String> coveredEcosystems,
        int packages,
        List<Finding> findings,
        List<PackageResult> notCovered,
        List<UnknownMatch> unknowns) {

    public ScanReport {
        coveredEcosystems = List.copyOf(coveredEcosystems);
        findings = List.copyOf(findings);
        notCovered = List.copyOf(notCovered);
        unknowns = List.copyOf(unknowns);
    }
}
