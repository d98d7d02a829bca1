// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Evaluates one compiled expression both ways, on the fast path alone and on cel-java's
 * interpreter alone, and reduces each result to {@code true}, {@code false} or {@code error}
 * so the two can be compared; counts how many comparisons were made.
 */
final class CelDifferential {

    private static final PolicyAction[] ACTIONS = {null, PolicyAction.IGNORE, PolicyAction.WARN,
        PolicyAction.ESCALATE, PolicyAction.BLOCK};

    int compared;

    static CelProgram rule(String expression) throws PolicyException {
        Policy policy = PolicyLoader.parse("diff.yaml", """
                apiVersion: stella.ops/policy/v1
                name: diff
                rules:
                  - id: r
                    cel: |-
                      %s
                    action: warn
                """.formatted(expression));
        return PolicyCel.compileRule("diff.yaml", policy.rules().get(0).cel);
    }

    static CelProgram gate(String expression) throws PolicyException {
        Policy policy = PolicyLoader.parse("diff.yaml", """
                apiVersion: stella.ops/policy/v1
                name: diff
                rules: []
                gates:
                  - name: g
                    cel: |-
                      %s
                """.formatted(expression));
        return PolicyCel.compileGate("diff.yaml", policy.gates().get(0).cel);
    }

    /** The first disagreement over every finding and scan, or null when there is none. */
    String ruleDisagreement(String expression, CelProgram program, List<FindingFacts> findings,
            List<ScanFacts> scans) {
        for (ScanFacts scan : scans) {
            Instant reference = Times.parse(scan.referenceTime());
            Map<String, Object> scanVariables = CelVariables.forScan(scan, reference);
            CelScan fastScan = CelScan.of(scan, reference);
            for (FindingFacts facts : findings) {
                Subject subject = new Subject(facts, reference);
                String slow = interpreted(program, CelVariables.forRule(subject, scanVariables));
                String fast = fast(program,
                        new FastFrame(CelFacts.forRule(subject), null, fastScan));
                compared++;
                if (!slow.equals(fast)) {
                    return expression + " on " + facts + " at " + scan + ": interpreter "
                            + slow + ", fast path " + fast;
                }
            }
        }
        return null;
    }

    /** Gates are compared over windows of {@code window} findings, and over none. */
    String gateDisagreement(String expression, CelProgram program, List<FindingFacts> findings,
            List<ScanFacts> scans, int window) {
        for (ScanFacts scan : scans) {
            Instant reference = Times.parse(scan.referenceTime());
            for (int from = 0; from <= findings.size(); from += window) {
                List<FindingFacts> part = findings.subList(from,
                        Math.min(findings.size(), from + window));
                List<Map<String, Object>> maps = new ArrayList<>();
                List<CelFacts> typed = new ArrayList<>();
                for (int i = 0; i < part.size(); i++) {
                    Subject subject = new Subject(part.get(i), reference);
                    PolicyAction action = ACTIONS[(from + i) % ACTIONS.length];
                    PolicyDecision decision = new PolicyDecision(action,
                            action == null ? null : "rule-" + i, null, null, null, List.of());
                    maps.add(CelVariables.forGate(subject, decision));
                    typed.add(CelFacts.forGate(subject, decision));
                }
                String slow = interpreted(program, Map.of("findings", maps,
                        "scan", CelVariables.forScan(scan, reference)));
                String fast = fast(program,
                        new FastFrame(null, typed, CelScan.of(scan, reference)));
                compared++;
                if (!slow.equals(fast)) {
                    return expression + " on findings " + from + ".. at " + scan
                            + ": interpreter " + slow + ", fast path " + fast;
                }
            }
        }
        return null;
    }

    static String interpreted(CelProgram program, Map<String, Object> variables) {
        try {
            return String.valueOf(program.interpret(variables));
        } catch (Exception e) {
            return "error";
        }
    }

    private static String fast(CelProgram program, FastFrame frame) {
        Object value = program.evaluateFast(frame);
        return value == FastExpr.ERROR ? "error" : String.valueOf(value);
    }
}
