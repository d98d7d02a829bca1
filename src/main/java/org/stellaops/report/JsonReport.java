// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.stellaops.match.Finding;
import org.stellaops.match.MatchedRange;
import org.stellaops.match.PackageResult;
import org.stellaops.match.ScanReport;
import org.stellaops.match.UnknownMatch;
import org.stellaops.severity.Severity;
import org.stellaops.severity.SeverityLevel;

/**
 * The JSON report: fields in a fixed order, lists in report order, no timestamps, so the same
 * packages and snapshot give byte-identical output.
 */
public final class JsonReport {

    /** Identifies the report layout, for consumers that parse it. */
    public static final String FORMAT = "stella-report/1";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    /** PLACEHOLDER: the stella-report 1.N layout over a whole scan result. */
    public static String render(org.stellaops.scan.ScanResult result) {
        throw new UnsupportedOperationException("PLACEHOLDER JsonReport(ScanResult)");
    }

    public static String render(ScanReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("target", report.target());
        ObjectNode snapshot = root.putObject("snapshot");
        snapshot.put("digest", report.snapshotDigest());
        snapshot.put("date", report.snapshotDate());
        strings(root.putArray("coveredEcosystems"), report.coveredEcosystems());
        summary(root.putObject("summary"), report);
        ArrayNode findings = root.putArray("findings");
        report.findings().forEach(f -> finding(findings.addObject(), f));
        ArrayNode notCovered = root.putArray("notCovered");
        for (PackageResult result : report.notCovered()) {
            ObjectNode node = notCovered.addObject();
            node.put("purl", result.purl());
            node.put("status", result.status().name().toLowerCase(Locale.ROOT));
            node.put("ecosystem", result.ecosystem());
            node.put("reason", result.reason());
        }
        ArrayNode unknowns = root.putArray("unknown");
        for (UnknownMatch unknown : report.unknowns()) {
            ObjectNode node = unknowns.addObject();
            node.put("purl", unknown.purl());
            node.put("advisory", unknown.advisory());
            node.put("reason", unknown.reason());
        }
        return root.toPrettyString() + "\n";
    }

    private static void summary(ObjectNode node, ScanReport report) {
        node.put("packages", report.packages());
        node.put("findings", report.findings().size());
        Map<String, Integer> bySeverity = new TreeMap<>();
        for (SeverityLevel level : SeverityLevel.values()) {
            bySeverity.put(level.name().toLowerCase(Locale.ROOT), 0);
        }
        report.findings().forEach(f -> bySeverity.merge(
                f.severity().level().name().toLowerCase(Locale.ROOT), 1, Integer::sum));
        ObjectNode counts = node.putObject("bySeverity");
        bySeverity.forEach(counts::put);
        node.put("notCovered", report.notCovered().size());
        node.put("unknown", report.unknowns().size());
    }

    private static void finding(ObjectNode node, Finding finding) {
        node.put("id", finding.id());
        strings(node.putArray("aliases"), finding.aliases());
        node.put("purl", finding.purl());
        node.put("installedVersion", finding.installedVersion());
        strings(node.putArray("fixedVersions"), finding.fixedVersions());
        severity(node.putObject("severity"), finding.severity());
        node.put("summary", finding.summary());
        strings(node.putArray("references"), finding.references());
        ArrayNode ranges = node.putArray("matchedRanges");
        for (MatchedRange range : finding.matchedRanges()) {
            ObjectNode r = ranges.addObject();
            r.put("advisory", range.advisory());
            r.put("ecosystem", range.ecosystem());
            r.put("package", range.packageName());
            r.put("range", range.range());
            r.put("reason", range.reason());
        }
    }

    private static void severity(ObjectNode node, Severity severity) {
        node.put("level", severity.level().name().toLowerCase(Locale.ROOT));
        if (severity.score() != null) {
            node.put("score", severity.score());
        } else {
            node.putNull("score");
        }
        node.put("vector", severity.vector());
        node.put("source", severity.source());
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
