// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One call of {@link PolicyEngine#evaluate}: the per-scan values (reference time, which ignore
 * rules have expired, the {@code scan} CEL variable) computed once, then every finding decided
 * by {@link FindingDecider}, then the gates, then the warnings.
 */
final class Evaluation {

    private final Policy policy;
    private final List<CompiledRule> rules;
    private final List<CompiledGate> gates;
    private final Instant referenceTime;
    private final RuleTally tally;
    private final FindingDecider decider;

    Evaluation(Policy policy, List<CompiledRule> rules, List<CompiledGate> gates,
            ScanFacts scan) {
        this.policy = policy;
        this.rules = rules;
        this.gates = gates;
        this.referenceTime = Times.parse(scan.referenceTime());
        this.tally = new RuleTally(rules.size());
        Map<String, Object> scanVariables = CelVariables.forScan(scan, referenceTime);
        boolean[] expired = new boolean[rules.size()];
        for (int i = 0; i < expired.length; i++) {
            expired[i] = rules.get(i).rule().expiredAt(referenceTime);
        }
        this.decider = new FindingDecider(policy.match(), rules, expired, scanVariables,
                CelScan.of(scan, referenceTime), tally);
    }

    PolicyResult run(List<FindingFacts> findings) {
        List<Subject> subjects = new ArrayList<>(findings.size());
        List<PolicyDecision> decisions = new ArrayList<>(findings.size());
        for (FindingFacts facts : findings) {
            Subject subject = new Subject(facts, referenceTime);
            subjects.add(subject);
            decisions.add(decider.decide(subject));
        }

        List<String> warnings = new ArrayList<>();
        if (referenceTime == null) {
            warnings.add("no usable reference time: advisory ages are unknown and every ignore "
                    + "rule with an expiry counts as expired");
        }
        tally.addWarnings(rules, findings.isEmpty(), warnings);
        List<GateResult> gateResults = GateChecker.check(gates, subjects, decisions,
                decider.scanVariables(), decider.scan(), warnings);
        return new PolicyResult(policy.name(), policy.version(), policy.digest(), decisions,
                gateResults, warnings);
    }
}
