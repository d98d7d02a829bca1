// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

/**
 * A rule ready to evaluate: its CEL program if it has one, and the trace lines that depend on
 * nothing but the rule, made once and shared (trace lines are immutable): not reached, and
 * not matched because the CEL expression was false.
 */
record CompiledRule(PolicyRule rule, CelProgram program, RuleEvaluation skipped,
        RuleEvaluation celFalse) {

    static CompiledRule of(PolicyRule rule, CelProgram program) {
        return new CompiledRule(rule, program, new RuleEvaluation(rule.id(), RuleResults.SKIPPED,
                rule.action(), "not evaluated: an earlier rule matched and match is first"),
                new RuleEvaluation(rule.id(), RuleResults.NOT_MATCHED, rule.action(),
                        "cel false"));
    }
}
