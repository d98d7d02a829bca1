// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import dev.cel.runtime.CelEvaluationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
            List<PolicyDecision> decisions, Map<String, Object> scan, List<String> warnings) {
        if (gates.isEmpty()) {
            return List.of();
        }
        List<Map<String, Object>> findings = new ArrayList<>(subjects.size());
        for (int i = 0; i < subjects.size(); i++) {
            findings.add(CelVariables.forGate(subjects.get(i), decisions.get(i)));
        }
        Map<String, Object> variables = Map.of("findings", findings, "scan", scan);
        List<GateResult> results = new ArrayList<>(gates.size());
        for (CompiledGate compiled : gates) {
            PolicyGate gate = compiled.gate();
            boolean passed;
            try {
                passed = Boolean.TRUE.equals(compiled.program().eval(
                        name -> Optional.ofNullable(variables.get(name))));
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
}
