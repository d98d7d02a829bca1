// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.stellaops.match.Finding;
import org.stellaops.match.MatchedRange;
import org.stellaops.scan.ScanResult;
import org.stellaops.severity.Severity;

/** One finding of the JSON report, with the SBOM components that carry its purl. */
final class JsonFindings {

    /** Until VEX statements are applied every finding is open. */
    static final String STATUS_AFFECTED = "affected";

    private JsonFindings() {
    }

    static void put(ObjectNode node, Finding finding, ScanResult result) {
        node.put("id", finding.id());
        putStrings(node.putArray("aliases"), finding.aliases());
        node.put("purl", finding.purl());
        node.put("installed", finding.installedVersion());
        putStrings(node.putArray("fixed"), finding.fixedVersions());
        putSeverity(node.putObject("severity"), finding.severity());
        node.put("summary", finding.summary());
        putStrings(node.putArray("references"), finding.references());
        node.put("status", STATUS_AFFECTED);
        putStrings(node.putArray("components"), componentsOf(finding.purl(), result));
        ArrayNode trace = node.putArray("trace");
        for (MatchedRange range : finding.matchedRanges()) {
            ObjectNode line = trace.addObject();
            line.put("advisory", range.advisory());
            line.put("ecosystem", range.ecosystem());
            line.put("package", range.packageName());
            line.put("range", range.range());
            line.put("reason", range.reason());
        }
    }

    /** The refs of the components matched under {@code purl}, sorted; empty when none. */
    static List<String> componentsOf(String purl, ScanResult result) {
        return result.componentRefs().getOrDefault(purl, List.of());
    }

    static void putStrings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    static String levelName(Severity severity) {
        return severity.level().name().toLowerCase(Locale.ROOT);
    }

    private static void putSeverity(ObjectNode node, Severity severity) {
        node.put("level", levelName(severity));
        // score and vector stay present as null for a stated level: a fixed set of members
        if (severity.score() != null) {
            node.put("score", severity.score());
        } else {
            node.putNull("score");
        }
        node.put("vector", severity.vector());
        node.put("source", severity.source());
    }
}
