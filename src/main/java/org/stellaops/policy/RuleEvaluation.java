// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import java.util.Objects;

/**
 * One rule evaluated for one finding: a line of its explain trace.
 *
 * <p>A line the engine made (through {@link Trace}) holds its detail in parts, the finding's
 * {@link Subject} and what explains it, and words it on first call of {@link #detail()}: a
 * scan decides 50,000 rule lines for 1,000 findings and 50 rules, and only the JSON report
 * and {@code --explain} read them. The wording is a pure function of the immutable parts, so
 * whichever thread asks first gets the same text, and keeping it in a plain field is a benign
 * race (a {@code String} is safely published). The price: a decided trace keeps its finding's
 * subject alive as long as the decision.
 *
 * <p>Equal, as a record would be, when rule, result, action and detail are.
 */
public final class RuleEvaluation {

    private final String rule;
    private final String result;
    private final PolicyAction action;
    private final TraceDetail explainer;
    private final Subject subject;
    private String detail;

    /**
     * @param rule the rule's id
     * @param result {@code matched}, {@code not-matched}, {@code expired} (an ignore rule past
     *     its expiry at the reference time) or {@code skipped} (not reached: an earlier rule
     *     matched and the policy stops at the first match)
     * @param detail which condition decided, in words (for example
     *     {@code severity high >= high})
     */
    public RuleEvaluation(String rule, String result, PolicyAction action, String detail) {
        this(rule, result, action, null, null);
        this.detail = detail;
    }

    /** A line whose detail {@code explainer} words from {@code subject} when first asked. */
    RuleEvaluation(String rule, String result, PolicyAction action, TraceDetail explainer,
            Subject subject) {
        this.rule = rule;
        this.result = result;
        this.action = action;
        this.explainer = explainer;
        this.subject = subject;
    }

    public String rule() {
        return rule;
    }

    public String result() {
        return result;
    }

    public PolicyAction action() {
        return action;
    }

    /** Which condition decided, in words; worded on first call. */
    public String detail() {
        String words = detail;
        if (words == null && explainer != null) {
            words = explainer.explain(subject);
            detail = words;
        }
        return words;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RuleEvaluation that && rule.equals(that.rule)
                && result.equals(that.result) && action == that.action
                && Objects.equals(detail(), that.detail());
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, result, action, detail());
    }

    @Override
    public String toString() {
        return "RuleEvaluation[rule=" + rule + ", result=" + result + ", action=" + action
                + ", detail=" + detail() + "]";
    }
}
