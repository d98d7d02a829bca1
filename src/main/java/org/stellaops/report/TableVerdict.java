// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.report;

import java.util.ArrayList;
import java.util.List;
import org.stellaops.policy.GateResult;
import org.stellaops.policy.PolicyResult;
import org.stellaops.scan.FindingVerdict;
import org.stellaops.scan.ScanResult;
import org.stellaops.scan.ScanVerdict;

/**
 * The summary lines about VEX and policy: how many findings each closed, which policy decided
 * and whether it blocked, and the VEX that matched nothing. Nothing when neither was given.
 */
final class TableVerdict {

    private TableVerdict() {
    }

    static List<String> linesOf(ScanResult result) {
        ScanVerdict verdict = result.verdict();
        List<String> lines = new ArrayList<>();
        if (verdict.vex().isEmpty() && verdict.policy() == null) {
            return lines;
        }
        long suppressed = count(verdict, FindingVerdict.SUPPRESSED);
        long ignored = count(verdict, FindingVerdict.IGNORED);
        lines.add(count(verdict, FindingVerdict.OPEN) + " open, " + suppressed
                + " suppressed by VEX, " + ignored + " ignored by policy"
                + (suppressed + ignored > 0 ? " (stella scan --explain ID tells why)" : ""));
        if (!verdict.vex().isEmpty()) {
            int unmatched = verdict.assessment().unmatched().size();
            lines.add("VEX: " + TableText.count(verdict.vex().documents().size(), "document")
                    + ", " + TableText.count(verdict.vex().statements().size(), "statement")
                    + ", " + unmatched + " matched no finding"
                    + (unmatched > 0 ? " (see --format json)" : ""));
        }
        PolicyResult policy = verdict.policy();
        if (policy != null) {
            lines.add("policy " + TableText.clean(policy.name()) + " " + (policy.version() == null
                    ? "" : TableText.clean(policy.version()) + " ") + policy.digest()
                    + (verdict.blocked() ? ": BLOCKED" : ": passed"));
            for (GateResult gate : policy.gates()) {
                if (!gate.passed()) {
                    lines.add("  gate " + TableText.clean(gate.name()) + " failed: "
                            + TableText.clean(gate.message() == null ? gate.expression()
                                    : gate.message()));
                }
            }
        }
        return lines;
    }

    private static long count(ScanVerdict verdict, String state) {
        return verdict.findings().stream().filter(f -> state.equals(f.state())).count();
    }
}
