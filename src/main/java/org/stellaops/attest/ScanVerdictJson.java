// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.attest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;
import org.stellaops.policy.GateResult;
import org.stellaops.policy.PolicyAction;
import org.stellaops.policy.PolicyResult;
import org.stellaops.scan.FindingVerdict;
import org.stellaops.scan.ScanVerdict;

/**
 * The {@code verdict} member of the scan-report predicate: {@code pass} or {@code fail}, the
 * policy that decided (or null), and why, one line per failed gate and per blocking rule with
 * the number of findings it blocked, in a stable order (gates in policy order, then rules by
 * id).
 */
final class ScanVerdictJson {

    private ScanVerdictJson() {
    }

    static void put(ObjectNode node, ScanVerdict verdict) {
        PolicyResult policy = verdict.policy();
        node.put("result", verdict.blocked() ? "fail" : "pass");
        if (policy == null) {
            node.putNull("policy");
        } else {
            node.putObject("policy").put("name", policy.name()).put("version", policy.version())
                    .put("digest", policy.digest());
        }
        ArrayNode reasons = node.putArray("reasons");
        if (policy == null) {
            reasons.add("no policy given");
            return;
        }
        for (GateResult gate : policy.gates()) {
            if (!gate.passed()) {
                reasons.add("gate " + gate.name() + " failed: " + gate.message());
            }
        }
        Map<String, Integer> blockedByRule = new TreeMap<>();
        for (FindingVerdict finding : verdict.findings()) {
            if (finding.action() == PolicyAction.BLOCK) {
                blockedByRule.merge(String.valueOf(finding.policy().rule()), 1, Integer::sum);
            }
        }
        blockedByRule.forEach((rule, count) -> reasons.add("rule " + rule + " blocked " + count
                + " finding(s)"));
        if (reasons.isEmpty()) {
            reasons.add("policy " + policy.name() + " passed");
        }
    }
}
