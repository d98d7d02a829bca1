// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * A compiled policy. Every CEL expression is compiled and type-checked once, in
 * {@link #compile}; {@link #evaluate} then decides each finding and checks each gate.
 *
 * <p>Evaluation is a pure function of the policy and its arguments: ages and expiries are
 * measured to {@link ScanFacts#referenceTime()}, never to the wall clock, and nothing is
 * random, so a replay with the same facts gets the same result. An engine is immutable and
 * may be shared by any number of threads. A CEL expression that fails at run time does not
 * fail the scan: the rule counts as not matched (a gate as failed) and a warning says why.
 */
public final class PolicyEngine {

    private final Policy policy;
    private final List<CompiledRule> rules;
    private final List<CompiledGate> gates;

    private PolicyEngine(Policy policy, List<CompiledRule> rules, List<CompiledGate> gates) {
        this.policy = policy;
        this.rules = rules;
        this.gates = gates;
    }

    /** Compiles the policy's CEL; a compile or type error names its line and column. */
    public static PolicyEngine compile(Policy policy) throws PolicyException {
        List<CompiledRule> rules = new ArrayList<>();
        for (PolicyRule rule : policy.rules()) {
            CelProgram program = rule.cel == null ? null
                    : PolicyCel.compileRule(policy.origin(), rule.cel);
            rules.add(CompiledRule.of(rule, program));
        }
        List<CompiledGate> gates = new ArrayList<>();
        for (PolicyGate gate : policy.gates()) {
            gates.add(new CompiledGate(gate, PolicyCel.compileGate(policy.origin(), gate.cel)));
        }
        return new PolicyEngine(policy, List.copyOf(rules), List.copyOf(gates));
    }

    public Policy policy() {
        return policy;
    }

    /**
     * Decides every finding and checks every gate.
     *
     * @return one decision per finding in the given order, the gates in policy order
     */
    /**
     * Whether any rule or gate can see an advisory's publication time (an
     * {@code advisoryAge} condition, or CEL naming {@code published}, {@code ageDays} or
     * {@code fixAgeDays}): when none can, a caller need not look the dates up. Read from the
     * expressions' text, so it may say yes needlessly, never no wrongly.
     */
    public boolean readsAdvisoryDates() {
        for (CompiledRule compiled : rules) {
            PolicyRule rule = compiled.rule();
            if (rule.conditions.stream().anyMatch(c -> c instanceof AgeCondition)
                    || mentionsDates(rule.celExpression())) {
                return true;
            }
        }
        return policy.gates().stream().anyMatch(gate -> mentionsDates(gate.celExpression()));
    }

    private static boolean mentionsDates(String cel) {
        return cel != null && (cel.contains("published") || cel.contains("ageDays")
                || cel.contains("AgeDays"));
    }

    public PolicyResult evaluate(List<FindingFacts> findings, ScanFacts scan) {
        return evaluate(findings, scan, null);
    }

    /**
     * As {@link #evaluate(List, ScanFacts)}, the findings of a large scan split over
     * {@code workers} (null for none); the result is the same either way.
     */
    public PolicyResult evaluate(List<FindingFacts> findings, ScanFacts scan,
            java.util.concurrent.Executor workers) {
        return new Evaluation(policy, rules, gates, scan).run(findings, workers);
    }
}
