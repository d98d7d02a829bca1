// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.scan;

import java.util.List;
import java.util.Map;
import org.stellaops.match.ScanReport;
import org.stellaops.sbom.Sbom;

/**
 * Everything a scan produced, ready for any report format.
 *
 * @param referenceTime the scan's reference time (RFC 3339): the snapshot date unless
 *     {@code --as-of} set it; the only time any report contains
 * @param sbom the SBOM as read
 * @param report findings, coverage and unknowns from matching
 * @param componentRefs purl as matched to the refs of the components that carry it, sorted
 * @param unmatched components not matched, with the reason, sorted by ref
 * @param inferredPurls components whose purl was inferred (from a CPE or name/version hints)
 */
public record ScanResult(
        ScanTarget target,
        String referenceTime,
        Sbom sbom,
        ScanReport report,
        Map<String, List<String>> componentRefs,
        List<UnmatchedComponent> unmatched,
        int inferredPurls) {

    public ScanResult {
        componentRefs = Map.copyOf(componentRefs);
        unmatched = List.copyOf(unmatched);
    }
}
