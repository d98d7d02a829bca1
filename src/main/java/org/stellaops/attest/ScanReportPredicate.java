// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.attest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import org.stellaops.canonical.CanonicalWriter;
import org.stellaops.match.Finding;
import org.stellaops.match.ScanReport;
import org.stellaops.report.JsonReport;
import org.stellaops.sbom.StellaTool;
import org.stellaops.scan.FindingVerdict;
import org.stellaops.scan.ScanResult;
import org.stellaops.severity.SeverityLevel;

/**
 * The predicate of {@code vulns.dsse.json} ({@link #TYPE}): what a scan found and decided, in
 * compact form, with the full JSON report referenced by digest rather than embedded.
 *
 * <p>Why by digest: a 1,000-component scan can make a 13 MB report; embedding it would mean
 * base64-encoding, canonicalising and signing 13 MB per scan, far over the 10 ms the attest
 * stage may add, and would duplicate {@code report.json}, which is written beside the
 * attestations anyway. The digest binds that file; the predicate keeps what a gate needs
 * without it (counts, verdict, every finding's id, purl, severity and state).
 *
 * <p>Known shortcoming: the verdict is the policy's ({@code blocked}). The CLI's
 * {@code --fail-on} threshold is an option of the command and not part of {@link ScanResult},
 * so a scan that failed only by threshold is attested as {@code pass} with the reason
 * "no policy given". Attesting it would take the threshold in the scan's verdict.
 *
 * <p>Two writers of one predicate: {@link #of} builds it as a tree, the reference form that
 * {@link Statement} canonicalises; {@link #write} writes the same members straight in RFC 8785
 * form, which is what scans sign, since the tree of a large report (8,400 findings, 1.1 MB)
 * cost more to build and canonicalise than the rest of the attestation together.
 * {@code ScanReportPredicateTest} holds the two to the same bytes, through the reference
 * RFC 8785 library, on real scans; a member added to one must be added to the other.
 */
final class ScanReportPredicate {

    static final String TYPE = "https://stella-ops.org/attestations/scan-report/v1";

    private static final List<SeverityLevel> LEVELS = List.of(SeverityLevel.CRITICAL,
            SeverityLevel.HIGH, SeverityLevel.MEDIUM, SeverityLevel.LOW, SeverityLevel.NONE,
            SeverityLevel.UNKNOWN);
    private static final List<String> STATES = List.of(FindingVerdict.OPEN,
            FindingVerdict.SUPPRESSED, FindingVerdict.IGNORED);

    private ScanReportPredicate() {
    }

    /** @param reportDigest {@code sha256:} of {@link JsonReport#render} of the same result */
    static ObjectNode of(ScanResult result, String reportDigest) {
        ScanReport report = result.report();
        ObjectNode predicate = JsonNodeFactory.instance.objectNode();
        predicate.putObject("tool").put("name", StellaTool.NAME)
                .put("version", StellaTool.version());
        predicate.put("referenceTime", result.referenceTime());
        predicate.putObject("advisorySnapshot").put("digest", report.snapshotDigest())
                .put("date", report.snapshotDate());
        predicate.putObject("report").put("schemaVersion", JsonReport.SCHEMA_VERSION)
                .put("digest", reportDigest);
        putCounts(predicate.putObject("counts"), result);
        ScanVerdictJson.put(predicate.putObject("verdict"), result.verdict());
        putFindings(predicate.putArray("findings"), result);
        return predicate;
    }

    /** What {@link #of} builds, written canonically, members in RFC 8785 order. */
    static void write(ScanResult result, String reportDigest, CanonicalWriter out) {
        ScanReport report = result.report();
        out.beginObject();
        out.name("advisorySnapshot").beginObject().name("date").value(report.snapshotDate())
                .name("digest").value(report.snapshotDigest()).endObject();
        writeCounts(result, out.name("counts"));
        writeFindings(result, out.name("findings"));
        out.name("referenceTime").value(result.referenceTime());
        out.name("report").beginObject().name("digest").value(reportDigest)
                .name("schemaVersion").value(JsonReport.SCHEMA_VERSION).endObject();
        out.name("tool").beginObject().name("name").value(StellaTool.NAME)
                .name("version").value(StellaTool.version()).endObject();
        // a few members only: the tree of ScanVerdictJson is cheap and stays the one writer
        ObjectNode verdict = JsonNodeFactory.instance.objectNode();
        ScanVerdictJson.put(verdict, result.verdict());
        out.name("verdict").value(verdict);
        out.endObject();
    }

    /** The length to expect from {@link #write}: about 130 characters per finding. */
    static int expectedChars(ScanResult result) {
        return 2048 + 160 * result.report().findings().size();
    }

    private static void putCounts(ObjectNode counts, ScanResult result) {
        List<Finding> findings = result.report().findings();
        counts.put("components", result.sbom().components().size());
        counts.put("findings", findings.size());
        int[] byLevel = new int[SeverityLevel.values().length];
        findings.forEach(f -> byLevel[f.severity().level().ordinal()]++);
        ObjectNode bySeverity = counts.putObject("bySeverity");
        LEVELS.forEach(level -> bySeverity.put(nameOf(level), byLevel[level.ordinal()]));
        ObjectNode byState = counts.putObject("byState");
        STATES.forEach(state -> byState.put(state, 0));
        result.verdict().findings().forEach(v -> byState.put(v.state(),
                byState.path(v.state()).asInt() + 1));
    }

    private static void putFindings(ArrayNode array, ScanResult result) {
        List<Finding> findings = result.report().findings();
        List<FindingVerdict> verdicts = result.verdict().findings();
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            array.addObject().put("id", finding.id()).put("purl", finding.purl())
                    .put("severity", nameOf(finding.severity().level()))
                    .put("state", verdicts.get(i).state());
        }
    }

    private static void writeCounts(ScanResult result, CanonicalWriter out) {
        List<Finding> findings = result.report().findings();
        int[] byLevel = new int[SeverityLevel.values().length];
        findings.forEach(f -> byLevel[f.severity().level().ordinal()]++);
        SortedMap<String, Integer> bySeverity = new TreeMap<>();
        LEVELS.forEach(level -> bySeverity.put(nameOf(level), byLevel[level.ordinal()]));
        SortedMap<String, Integer> byState = new TreeMap<>();
        STATES.forEach(state -> byState.put(state, 0));
        result.verdict().findings().forEach(v -> byState.merge(v.state(), 1, Integer::sum));
        out.beginObject();
        writeCounts(bySeverity, out.name("bySeverity"));
        writeCounts(byState, out.name("byState"));
        out.name("components").value(result.sbom().components().size());
        out.name("findings").value(findings.size());
        out.endObject();
    }

    private static void writeCounts(SortedMap<String, Integer> counts, CanonicalWriter out) {
        out.beginObject();
        // a TreeMap of Strings iterates in RFC 8785 order
        counts.forEach((name, count) -> out.name(name).value(count));
        out.endObject();
    }

    private static void writeFindings(ScanResult result, CanonicalWriter out) {
        List<Finding> findings = result.report().findings();
        List<FindingVerdict> verdicts = result.verdict().findings();
        out.beginArray();
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            out.beginObject().name("id").value(finding.id()).name("purl").value(finding.purl())
                    .name("severity").value(nameOf(finding.severity().level()))
                    .name("state").value(verdicts.get(i).state()).endObject();
        }
        out.endArray();
    }

    static String nameOf(SeverityLevel level) {
        return level.name().toLowerCase(Locale.ROOT);
    }
}
