// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.attest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
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

    static String nameOf(SeverityLevel level) {
        return level.name().toLowerCase(Locale.ROOT);
    }
}
