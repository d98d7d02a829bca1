// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.stellaops.match.Finding;
import org.stellaops.policy.FindingFacts;
import org.stellaops.policy.PolicyDecision;
import org.stellaops.policy.PolicyResult;
import org.stellaops.policy.ScanFacts;
import org.stellaops.scan.AdvisoryDates;
import org.stellaops.scan.FindingVerdict;
import org.stellaops.scan.PurlParts;
import org.stellaops.scan.ScanResult;
import org.stellaops.scan.VerdictStage;
import org.stellaops.severity.SeverityLevel;
import org.stellaops.vex.VexStatus;

/**
 * What a policy preview needs of a finished scan, read back from its stored JSON report: the
 * facts every rule sees and the verdicts the scan was given. The VEX consensus is taken as the
 * report records it, so a preview changes the policy only.
 *
 * <p>Known shortcoming: the report does not record the layer each package came from, so rules
 * on {@code layer} see none in a preview of a stored scan; previewing with the SBOM does.
 */
final class ReportFacts {

    final List<FindingFacts> facts = new ArrayList<>();
    final List<PreviewVerdict> verdicts = new ArrayList<>();
    final ScanFacts scan;

    ReportFacts(JsonNode report, Function<String, String> publishedOf) {
        AdvisoryDates dates = new AdvisoryDates(publishedOf);
        JsonNode target = report.path("target");
        JsonNode snapshot = report.path("advisorySnapshot");
        scan = new ScanFacts(report.path("referenceTime").asText(null),
                target.path("kind").asText(null), target.path("ref").asText(null),
                target.path("digest").asText(null), snapshot.path("digest").asText(null),
                snapshot.path("date").asText(null));
        for (JsonNode finding : report.path("findings")) {
            facts.add(factsOf(finding, dates));
            verdicts.add(verdictOf(finding));
        }
    }

    /** The verdicts a candidate policy gives, VEX as recorded. */
    List<PreviewVerdict> verdictsUnder(PolicyResult result) {
        List<PreviewVerdict> after = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            FindingFacts finding = facts.get(i);
            PolicyDecision decision = result.decisions().get(i);
            VexStatus status = VexStatus.parse(finding.vexStatus()).orElse(VexStatus.AFFECTED);
            String state = VerdictStage.stateOf(status, decision.action());
            String action = decision.action() != null ? decision.action().wire()
                    : FindingVerdict.SUPPRESSED.equals(state) ? "suppress" : "none";
            after.add(new PreviewVerdict(finding.key(), finding.id(), finding.purl(),
                    verdicts.get(i).level(), finding.vexStatus(), state, action,
                    decision.rule(), decision.reason()));
        }
        return after;
    }

    /** The verdicts of a scan run here (an SBOM previewed). */
    static List<PreviewVerdict> verdictsOf(ScanResult result) {
        List<PreviewVerdict> all = new ArrayList<>();
        List<Finding> findings = result.report().findings();
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            FindingVerdict verdict = result.verdict().findings().get(i);
            all.add(new PreviewVerdict(VerdictStage.keyOf(finding), finding.id(), finding.purl(),
                    level(finding.severity().level()), verdict.vex().status().wire(),
                    verdict.state(), verdict.finalAction(),
                    verdict.policy() == null ? null : verdict.policy().rule(),
                    verdict.policy() == null ? null : verdict.policy().reason()));
        }
        return all;
    }

    private static FindingFacts factsOf(JsonNode finding, AdvisoryDates dates) {
        String id = finding.path("id").asText();
        String purl = finding.path("purl").asText();
        JsonNode severity = finding.path("severity");
        JsonNode winner = null;
        for (JsonNode statement : finding.path("explain").path("vex").path("statements")) {
            if ("won".equals(statement.path("role").asText())) {
                winner = statement;
            }
        }
        return new FindingFacts(id + " " + purl, id, strings(finding.path("aliases")), purl,
                PurlParts.nameOf(purl), PurlParts.typeOf(purl),
                finding.path("installed").asText(null), List.of(),
                SeverityLevel.parse(severity.path("level").asText("unknown"))
                        .orElse(SeverityLevel.UNKNOWN),
                severity.path("score").isNumber() ? severity.path("score").asDouble() : null,
                severity.path("vector").asText(null), strings(finding.path("fixed")),
                dates.earliestOf(advisoriesOf(finding)),
                finding.path("status").asText("affected"),
                winner == null ? null : winner.path("justification").asText(null),
                winner == null ? null : winner.path("issuer").asText(null));
    }

    private static PreviewVerdict verdictOf(JsonNode finding) {
        String id = finding.path("id").asText();
        String purl = finding.path("purl").asText();
        JsonNode explain = finding.path("explain");
        JsonNode policy = explain.path("policy");
        return new PreviewVerdict(id + " " + purl, id, purl,
                finding.path("severity").path("level").asText("unknown"),
                finding.path("status").asText("affected"),
                explain.path("final").path("state").asText("open"),
                explain.path("final").path("action").asText("none"),
                policy.path("rule").asText(null), policy.path("reason").asText(null));
    }

    /** The advisories of the finding's trace, whose earliest publication the facts carry. */
    private static List<String> advisoriesOf(JsonNode finding) {
        List<String> ids = new ArrayList<>();
        finding.path("trace").forEach(range -> ids.add(range.path("advisory").asText()));
        return ids;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    static String level(SeverityLevel level) {
        return level.name().toLowerCase(java.util.Locale.ROOT);
    }
}
