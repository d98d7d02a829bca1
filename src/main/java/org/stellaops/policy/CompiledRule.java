// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

/**
 * A rule ready to evaluate: its CEL program if it has one, and the trace line for a rule not
 * reached, which depends on nothing but the rule and so is made once.
 */
record CompiledRule(PolicyRule rule, CelProgram program, RuleEvaluation skipped) {

    static CompiledRule of(PolicyRule rule, CelProgram program) {
        return new CompiledRule(rule, program, new RuleEvaluation(rule.id(), RuleResults.SKIPPED,
                rule.action(), "not evaluated: an earlier rule matched and match is first"));
    }
}
