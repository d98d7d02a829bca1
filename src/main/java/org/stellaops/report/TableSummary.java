// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.report;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.stellaops.match.PackageResult;
import org.stellaops.match.ScanReport;
import org.stellaops.scan.ScanResult;
import org.stellaops.severity.SeverityLevel;

/**
 * The lines under the table: findings per severity, packages and components, what the
 * snapshot could not answer for, and which snapshot answered, dated against the scan's
 * reference time. No wall clock: the age is the snapshot's distance from the reference time,
 * so the output depends only on the inputs.
 */
final class TableSummary {

    private TableSummary() {
    }

    static List<String> linesOf(ScanResult result, boolean colour) {
        ScanReport report = result.report();
        List<String> lines = new ArrayList<>();
        lines.add(TableText.count(report.packages(), "package") + ", "
                + TableText.count(report.findings().size(), "finding") + ": "
                + severities(result, colour));
        lines.add(TableText.count(result.sbom().components().size(), "component") + ", "
                + result.unmatched().size() + " not matched, "
                + TableText.count(result.inferredPurls(), "inferred purl"));
        lines.add("not covered: " + notCovered(report));
        lines.addAll(TableVerdict.linesOf(result));
        lines.add(snapshot(report.snapshotDigest(), report.snapshotDate(),
                result.referenceTime()));
        if (!report.unknowns().isEmpty()) {
            lines.add(TableText.count(report.unknowns().size(), "advisory", "advisories")
                    + " could not be evaluated (see --format json)");
        }
        if (!result.sbom().warnings().isEmpty()) {
            lines.add(TableText.count(result.sbom().warnings().size(), "SBOM warning")
                    + " (see --format json)");
        }
        return lines;
    }

    /** "1 critical, 2 high, 0 medium, 0 low, 0 unknown"; "none" only when there is one. */
    private static String severities(ScanResult result, boolean colour) {
        List<String> parts = new ArrayList<>();
        Map<SeverityLevel, Integer> counts = JsonCounts.countBySeverity(result.report().findings());
        counts.forEach((level, n) -> {
            if (level != SeverityLevel.NONE || n > 0) {
                String part = n + " " + TableText.lower(level);
                parts.add(n > 0 ? TableText.colourSeverity(part, level, colour) : part);
            }
        });
        return String.join(", ", parts);
    }

    /**
     * Ecosystems without answers and how many packages each: "PyPI (2 packages)". A purl that
     * maps to no ecosystem is named by its type ("pkg:generic").
     */
    static String notCovered(ScanReport report) {
        Map<String, Integer> byEcosystem = new TreeMap<>();
        for (PackageResult gap : report.notCovered()) {
            String name = gap.ecosystem() != null ? gap.ecosystem() : typeOf(gap.purl());
            byEcosystem.merge(TableText.clean(name), 1, Integer::sum);
        }
        if (byEcosystem.isEmpty()) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        byEcosystem.forEach((name, n) -> parts.add(name + " (" + TableText.count(n, "package")
                + ")"));
        return String.join(", ", parts);
    }

    /** "snapshot 58ad2712 (2024-05-01, 3 days before the reference time)". */
    static String snapshot(String digest, String date, String referenceTime) {
        String hex = digest.startsWith("sha256:") ? digest.substring("sha256:".length()) : digest;
        String shortDigest = hex.substring(0, Math.min(8, hex.length()));
        try {
            Instant taken = Instant.parse(date);
            Instant reference = Instant.parse(referenceTime);
            return "snapshot " + shortDigest + " (" + taken.atOffset(ZoneOffset.UTC).toLocalDate()
                    + ", " + age(Duration.between(taken, reference)) + ")";
        } catch (DateTimeParseException e) {
            // not RFC 3339 in UTC: show what it says rather than guess an age
            return "snapshot " + shortDigest + " (" + TableText.clean(date) + ")";
        }
    }

    private static String age(Duration sinceSnapshot) {
        if (sinceSnapshot.isZero()) {
            return "taken at the reference time";
        }
        String side = sinceSnapshot.isNegative() ? "after" : "before";
        long days = sinceSnapshot.abs().toDays();
        String amount = days == 0 ? "less than a day" : TableText.count((int) days, "day");
        return amount + " " + side + " the reference time";
    }

    private static String typeOf(String purl) {
        int slash = purl.indexOf('/');
        return slash > 0 ? purl.substring(0, slash) : purl;
    }
}
