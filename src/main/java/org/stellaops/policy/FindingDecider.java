// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import dev.cel.runtime.CelEvaluationException;
import java.util.List;
import java.util.Map;

/**
 * Decides one finding: runs the rules in order, writes the trace and picks the winner. This is
 * the hot loop (findings times rules), so conditions are tested before CEL, the CEL inputs
 * are built once per finding and only if a CEL rule is reached (the interpreter's maps only if
 * an expression falls back to it), and the trace is a code per rule, made into lines and
 * worded only when a report reads them ({@link Trace}).
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
    /** The error messages of the finding being decided, by rule; null while there are none. */
    private String[] errors;

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
        byte[] codes = new byte[rules.size()];
        errors = null;
        PolicyRule winner = null;
        for (int i = 0; i < codes.length; i++) {
            CompiledRule compiled = rules.get(i);
            if (winner != null && match == MatchMode.FIRST) {
                codes[i] = Trace.SKIPPED;
                continue;
            }
            byte code = evaluate(i, compiled, subject);
            codes[i] = code;
            if (code == Trace.MATCHED) {
                PolicyRule rule = compiled.rule();
                if (winner == null || rule.action().compareTo(winner.action()) > 0) {
                    winner = rule;
                }
            }
        }
        Trace trace = new Trace(rules, subject, codes, errors);
        if (winner == null) {
            return new PolicyDecision(null, null, null, null, null, trace);
        }
        return new PolicyDecision(winner.action(), winner.id(), winner.reason(),
                winner.expires(), winner.escalateTo(), trace);
    }

    /** The rule's code in the {@link Trace}. */
    private byte evaluate(int index, CompiledRule compiled, Subject subject) {
        List<Condition> conditions = compiled.rule().conditions;
        // indexed: an iterator per rule per finding is most of what this loop would allocate;
        // a rule has at most one condition per field, so the index fits a byte
        for (int i = 0; i < conditions.size(); i++) {
            if (!conditions.get(i).test(subject)) {
                return (byte) i;
            }
        }
        if (compiled.program() != null) {
            try {
                Object value = compiled.program().evaluate(subject.fastFrame(scan),
                        () -> subject.celVariables(scanVariables));
                if (!Boolean.TRUE.equals(value)) {
                    return Trace.CEL_FALSE;
                }
            } catch (CelEvaluationException | RuntimeException e) {
                tally.error(index, subject.facts.key(), e.getMessage());
                errors = errors == null ? new String[rules.size()] : errors;
                errors[index] = e.getMessage();
                return Trace.ERROR;
            }
        }
        if (expired[index]) {
            tally.expired(index);
            return Trace.EXPIRED;
        }
        tally.matched(index);
        return Trace.MATCHED;
    }
}
