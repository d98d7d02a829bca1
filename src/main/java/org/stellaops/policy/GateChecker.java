// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import dev.cel.runtime.CelEvaluationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Checks the gates once the findings are decided. A gate sees every finding, also those the
 * policy ignored or VEX closed, with its {@code vexStatus} and the policy's {@code action} so
 * far ({@code ""} when no rule matched), so a gate can choose what "open" means. A gate whose
 * CEL fails at run time counts as failed: a gate is a safety net and fails closed.
 */
final class GateChecker {

    private GateChecker() {
    }

    static List<GateResult> check(List<CompiledGate> gates, List<Subject> subjects,
            List<PolicyDecision> decisions, Map<String, Object> scan, CelScan fastScan,
            List<String> warnings) {
        if (gates.isEmpty()) {
            return List.of();
        }
        List<CelFacts> facts = new ArrayList<>(subjects.size());
        for (int i = 0; i < subjects.size(); i++) {
            facts.add(CelFacts.forGate(subjects.get(i), decisions.get(i)));
        }
        FastFrame frame = new FastFrame(null, facts, fastScan);
        Supplier<Map<String, Object>> variables = new Supplier<>() {
            private Map<String, Object> built;

            @Override
            public Map<String, Object> get() {
                // only a gate outside the fast path's subset, or one in error, needs the maps
                if (built == null) {
                    built = interpreterVariables(subjects, decisions, scan);
                }
                return built;
            }
        };
        List<GateResult> results = new ArrayList<>(gates.size());
        for (CompiledGate compiled : gates) {
            PolicyGate gate = compiled.gate();
            boolean passed;
            try {
                passed = Boolean.TRUE.equals(compiled.program().evaluate(frame, variables));
            } catch (CelEvaluationException | RuntimeException e) {
                warnings.add("gate " + gate.name() + ": CEL failed, counted as failed: "
                        + e.getMessage());
                passed = false;
            }
            results.add(new GateResult(gate.name(), gate.celExpression(), passed,
                    gate.message()));
        }
        return results;
    }

    private static Map<String, Object> interpreterVariables(List<Subject> subjects,
            List<PolicyDecision> decisions, Map<String, Object> scan) {
        List<Map<String, Object>> findings = new ArrayList<>(subjects.size());
        for (int i = 0; i < subjects.size(); i++) {
            findings.add(CelVariables.forGate(subjects.get(i), decisions.get(i)));
        }
        return Map.of("findings", findings, "scan", scan);
    }
}
