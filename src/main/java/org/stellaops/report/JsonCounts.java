// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stellaops.match.Finding;
import org.stellaops.match.ScanReport;
import org.stellaops.scan.FindingVerdict;
import org.stellaops.scan.ScanResult;
import org.stellaops.severity.SeverityLevel;

/** The counts section; every number is the length of a list elsewhere in the report or SBOM. */
final class JsonCounts {

    /** Keys of {@code bySeverity}, most severe first; every key is always present. */
    static final List<SeverityLevel> LEVELS = List.of(SeverityLevel.CRITICAL, SeverityLevel.HIGH,
            SeverityLevel.MEDIUM, SeverityLevel.LOW, SeverityLevel.NONE, SeverityLevel.UNKNOWN);

    private JsonCounts() {
    }

    static void put(ObjectNode node, ScanResult result) {
        ScanReport report = result.report();
        node.put("components", result.sbom().components().size());
        node.put("packages", report.packages());
        node.put("findings", report.findings().size());
        ObjectNode bySeverity = node.putObject("bySeverity");
        countBySeverity(report.findings()).forEach(
                (level, count) -> bySeverity.put(level.name().toLowerCase(Locale.ROOT), count));
        node.put("unmatched", result.unmatched().size());
        node.put("inferredPurls", result.inferredPurls());
        node.put("notCovered", report.notCovered().size());
        node.put("unknown", report.unknowns().size());
        Map<String, Integer> byState = new LinkedHashMap<>();
        List.of(FindingVerdict.OPEN, FindingVerdict.SUPPRESSED, FindingVerdict.IGNORED)
                .forEach(state -> byState.put(state, 0));
        result.verdict().findings().forEach(v -> byState.merge(v.state(), 1, Integer::sum));
        ObjectNode states = node.putObject("byState");
        byState.forEach(states::put);
    }

    /** Findings per level, in {@link #LEVELS} order, zeros included. */
    static Map<SeverityLevel, Integer> countBySeverity(List<Finding> findings) {
        Map<SeverityLevel, Integer> counts = new LinkedHashMap<>();
        LEVELS.forEach(level -> counts.put(level, 0));
        findings.forEach(f -> counts.merge(f.severity().level(), 1, Integer::sum));
        return counts;
    }
}
