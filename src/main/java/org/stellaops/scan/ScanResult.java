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
 * @param verdict VEX and policy applied (every finding open when neither was given)
 */
public record ScanResult(
        ScanTarget target,
        String referenceTime,
        Sbom sbom,
        ScanReport report,
        Map<String, List<String>> componentRefs,
        List<UnmatchedComponent> unmatched,
        int inferredPurls,
        ScanVerdict verdict) {

    /** A result before the VEX/policy stage: every finding open. */
    public ScanResult(ScanTarget target, String referenceTime, Sbom sbom, ScanReport report,
            Map<String, List<String>> componentRefs, List<UnmatchedComponent> unmatched,
            int inferredPurls) {
        this(target, referenceTime, sbom, report, componentRefs, unmatched, inferredPurls,
                allOpen(report));
    }

    public ScanResult {
        componentRefs = Map.copyOf(componentRefs);
        unmatched = List.copyOf(unmatched);
    }

    public ScanResult withVerdict(ScanVerdict decided) {
        return new ScanResult(target, referenceTime, sbom, report, componentRefs, unmatched,
                inferredPurls, decided);
    }

    private static ScanVerdict allOpen(ScanReport report) {
        List<FindingVerdict> open = new java.util.ArrayList<>(report.findings().size());
        report.findings().forEach(f -> open.add(FindingVerdict.open(f.severity().level())));
        return new ScanVerdict(open, VexEvidence.NONE, null, null);
    }
}
