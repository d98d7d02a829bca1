// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * A finding's rule lines, one per rule in policy order, kept as one code per rule and made
 * into {@link RuleEvaluation}s only when read: a scan of 1,000 findings under 50 rules
 * decides 50,000 lines, and only the JSON report and {@code --explain} read them. A code is
 * the index of the condition that failed, or one of the outcomes below. Unmodifiable, and
 * nothing writes the codes once the decision is made; {@link PolicyDecision} keeps it as it
 * is where any other list is copied.
 *
 * <p>Each {@link #get} makes a new line (the shared constants aside), whose detail is worded
 * on its first read; a reader that wants a line twice should keep it.
 */
final class Trace extends AbstractList<RuleEvaluation> implements RandomAccess {

    static final byte SKIPPED = -1;
    static final byte CEL_FALSE = -2;
    static final byte MATCHED = -3;
    static final byte EXPIRED = -4;
    static final byte ERROR = -5;

    private final List<CompiledRule> rules;
    private final Subject subject;
    private final byte[] codes;
    /** The messages of rules that failed with an error, by rule index; null when none did. */
    private final String[] errors;

    /** @param codes one per rule, every one set; the caller hands the arrays over */
    Trace(List<CompiledRule> rules, Subject subject, byte[] codes, String[] errors) {
        this.rules = rules;
        this.subject = subject;
        this.codes = codes;
        this.errors = errors;
    }

    @Override
    public RuleEvaluation get(int index) {
        CompiledRule compiled = rules.get(index);
        PolicyRule rule = compiled.rule();
        return switch (codes[index]) {
            case SKIPPED -> compiled.skipped();
            case CEL_FALSE -> compiled.celFalse();
            case MATCHED -> new RuleEvaluation(rule.id(), RuleResults.MATCHED, rule.action(),
                    compiled.matched(), subject);
            case EXPIRED -> new RuleEvaluation(rule.id(), RuleResults.EXPIRED, rule.action(),
                    compiled.expired(), subject);
            case ERROR -> new RuleEvaluation(rule.id(), RuleResults.NOT_MATCHED, rule.action(),
                    "error: " + errors[index]);
            default -> new RuleEvaluation(rule.id(), RuleResults.NOT_MATCHED, rule.action(),
                    rule.conditions.get(codes[index]), subject);
        };
    }

    @Override
    public int size() {
        return codes.length;
    }
}
