// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import dev.cel.runtime.CelEvaluationException;
import java.util.List;
import java.util.Map;

/**
 * Decides one finding: runs the rules in order, writes the trace and picks the winner. This is
 * the hot loop (findings times rules), so conditions are tested before CEL, the CEL inputs
 * are built once per finding and only if a CEL rule is reached (the interpreter's maps only if
 * an expression falls back to it), the trace lines of rules not reached or whose CEL is
 * false are shared constants, and the other lines are worded only when a report reads them
 * ({@link RuleEvaluation}).
 *
 * <p>TODO: CEL rules run on {@link CelProgram}'s fast path where they can; an expression
 * outside its subset still costs an interpreter run per finding. Memoising such a rule's
 * result by the fields its AST selects would be the next step; it waits for a policy where
 * the interpreter still dominates.
 */
final class FindingDecider {

    private final MatchMode match;
    private final List<CompiledRule> rules;
    private final boolean[] expired;
    private final Map<String, Object> scanVariables;
    private final CelScan scan;
    private final RuleTally tally;

    FindingDecider(MatchMode match, List<CompiledRule> rules, boolean[] expired,
            Map<String, Object> scanVariables, CelScan scan, RuleTally tally) {
        this.match = match;
        this.rules = rules;
        this.expired = expired;
        this.scanVariables = scanVariables;
        this.scan = scan;
        this.tally = tally;
    }

    Map<String, Object> scanVariables() {
        return scanVariables;
    }

    CelScan scan() {
        return scan;
    }

    PolicyDecision decide(Subject subject) {
        RuleEvaluation[] trace = new RuleEvaluation[rules.size()];
        PolicyRule winner = null;
        for (int i = 0; i < trace.length; i++) {
            CompiledRule compiled = rules.get(i);
            if (winner != null && match == MatchMode.FIRST) {
                trace[i] = compiled.skipped();
                continue;
            }
            RuleEvaluation evaluation = evaluate(i, compiled, subject);
            trace[i] = evaluation;
            if (evaluation.result() == RuleResults.MATCHED) {
                PolicyRule rule = compiled.rule();
                if (winner == null || rule.action().compareTo(winner.action()) > 0) {
                    winner = rule;
                }
            }
        }
        if (winner == null) {
            return new PolicyDecision(null, null, null, null, null, new Trace(trace));
        }
        return new PolicyDecision(winner.action(), winner.id(), winner.reason(),
                winner.expires(), winner.escalateTo(), new Trace(trace));
    }

    private RuleEvaluation evaluate(int index, CompiledRule compiled, Subject subject) {
        PolicyRule rule = compiled.rule();
        List<Condition> conditions = rule.conditions;
        // indexed: an iterator per rule per finding is most of what this loop would allocate
        for (int i = 0; i < conditions.size(); i++) {
            Condition condition = conditions.get(i);
            if (!condition.test(subject)) {
                return new RuleEvaluation(rule.id(), RuleResults.NOT_MATCHED, rule.action(),
                        condition, subject);
            }
        }
        if (compiled.program() != null) {
            try {
                Object value = compiled.program().evaluate(subject.fastFrame(scan),
                        () -> subject.celVariables(scanVariables));
                if (!Boolean.TRUE.equals(value)) {
                    return compiled.celFalse();
                }
            } catch (CelEvaluationException | RuntimeException e) {
                tally.error(index, subject.facts.key(), e.getMessage());
                return new RuleEvaluation(rule.id(), RuleResults.NOT_MATCHED, rule.action(),
                        "error: " + e.getMessage());
            }
        }
        if (expired[index]) {
            tally.expired(index);
            return new RuleEvaluation(rule.id(), RuleResults.EXPIRED, rule.action(),
                    compiled.expired(), subject);
        }
        tally.matched(index);
        return new RuleEvaluation(rule.id(), RuleResults.MATCHED, rule.action(),
                compiled.matched(), subject);
    }
}
