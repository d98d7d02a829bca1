// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

/**
 * A rule ready to evaluate: its CEL program if it has one, the trace lines that depend on
 * nothing but the rule, made once and shared (trace lines are immutable): not reached, and
 * not matched because the CEL expression was false; and how a matched or expired line is
 * worded for a finding, when a report asks.
 */
record CompiledRule(PolicyRule rule, CelProgram program, RuleEvaluation skipped,
        RuleEvaluation celFalse, TraceDetail matched, TraceDetail expired) {

    static CompiledRule of(PolicyRule rule, CelProgram program) {
        boolean cel = program != null;
        TraceDetail matched = subject -> matchedDetail(rule, cel, subject);
        return new CompiledRule(rule, program, new RuleEvaluation(rule.id(), RuleResults.SKIPPED,
                rule.action(), "not evaluated: an earlier rule matched and match is first"),
                new RuleEvaluation(rule.id(), RuleResults.NOT_MATCHED, rule.action(),
                        "cel false"), matched,
                subject -> "expired " + rule.expires() + ", would have matched: "
                        + matched.explain(subject));
    }

    private static String matchedDetail(PolicyRule rule, boolean cel, Subject subject) {
        if (rule.conditions.isEmpty() && !cel) {
            return "no conditions: matches every finding";
        }
        StringBuilder detail = new StringBuilder();
        for (Condition condition : rule.conditions) {
            if (detail.length() > 0) {
                detail.append("; ");
            }
            detail.append(condition.explain(subject));
        }
        if (cel) {
            detail.append(detail.length() > 0 ? "; cel true" : "cel true");
        }
        return detail.toString();
    }
}
