// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stellaops.match.Finding;
import org.stellaops.match.MatchedRange;
import org.stellaops.policy.PolicyDecision;
import org.stellaops.policy.RuleEvaluation;
import org.stellaops.scan.FindingVerdict;
import org.stellaops.scan.ScanResult;
import org.stellaops.vex.VexStatement;
import org.stellaops.vex.WeighedStatement;

/**
 * {@code stella scan --explain ID}: the explain trace of every finding with that id or alias,
 * in words, one block per affected package.
 *
 * <pre>
 * CVE-2021-23337 in pkg:npm/lodash@4.17.20
 *   matched   GHSA-35jh-r3h4-6jhm npm/lodash &lt;4.17.21: 4.17.20 is below the fix 4.17.21
 *   vex       won        not_affected by Lodash Maintainers (weight 0.5 = trust 1.0 x ...)
 *   policy    rule block-critical: not-matched (severity high not in [critical])
 *   final     suppressed (action suppress, counted as high)
 * </pre>
 */
public final class ExplainText {

    private ExplainText() {
    }

    public static String render(ScanResult result, String id) {
        List<String> lines = new ArrayList<>();
        List<Finding> findings = result.report().findings();
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            if (finding.id().equalsIgnoreCase(id) || finding.aliases().stream()
                    .anyMatch(alias -> alias.equalsIgnoreCase(id))) {
                if (!lines.isEmpty()) {
                    lines.add("");
                }
                lines.addAll(linesOf(finding, result.verdict().findings().get(i)));
            }
        }
        if (lines.isEmpty()) {
            lines.add("no finding of " + TableText.clean(id) + " in this scan (reference time "
                    + result.referenceTime() + ", snapshot " + result.report().snapshotDigest()
                    + ")");
        }
        return String.join("\n", lines) + "\n";
    }

    static List<String> linesOf(Finding finding, FindingVerdict verdict) {
        List<String> lines = new ArrayList<>();
        lines.add(TableText.clean(finding.id()) + " in " + TableText.clean(finding.purl())
                + (finding.aliases().isEmpty() ? ""
                        : " (also " + TableText.clean(String.join(", ", finding.aliases())) + ")"));
        for (MatchedRange range : finding.matchedRanges()) {
            lines.add("  matched   " + TableText.clean(range.advisory() + " " + range.ecosystem()
                    + "/" + range.packageName() + " " + range.range() + ": " + range.reason()));
        }
        if (verdict.vex().considered().isEmpty()) {
            lines.add("  vex       no statement applies: affected");
        }
        for (WeighedStatement weighed : verdict.vex().considered()) {
            lines.add("  vex       " + TableText.clean(statementLine(weighed)));
        }
        PolicyDecision policy = verdict.policy();
        if (policy == null) {
            lines.add("  policy    none given");
        } else {
            for (RuleEvaluation rule : policy.trace()) {
                lines.add("  policy    rule " + TableText.clean(rule.rule()) + ": " + rule.result()
                        + (rule.detail() == null ? "" : " (" + TableText.clean(rule.detail())
                                + ")"));
            }
        }
        lines.add("  final     " + verdict.state() + " (action " + verdict.finalAction()
                + ", counted as " + verdict.countedLevel().name().toLowerCase(Locale.ROOT) + ")");
        return lines;
    }

    private static String statementLine(WeighedStatement weighed) {
        VexStatement statement = weighed.statement();
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-11s", weighed.role()))
                .append(statement.status().wire()).append(" by ").append(statement.issuer());
        if (statement.justification() != null) {
            line.append(", ").append(statement.justification().wire());
        }
        line.append(String.format(Locale.ROOT, " (weight %s = trust %s x confidence %s x decay %s)",
                weighed.weight(), weighed.trust(), weighed.confidence(), weighed.decay()));
        line.append("; ").append(weighed.match()).append("; ").append(statement.source());
        if (weighed.note() != null) {
            line.append("; ").append(weighed.note());
        }
        return line.toString();
    }
}
