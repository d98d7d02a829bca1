// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

/**
 * One rule evaluated for one finding: a line of its explain trace.
 *
 * @param rule the rule's id
 * @param result {@code matched}, {@code not-matched}, {@code expired} (an ignore rule past its
 *     expiry at the reference time) or {@code skipped} (not reached: an earlier rule matched
 *     and the policy stops at the first match)
 * @param detail which condition decided, in words (for example {@code severity high >= high})
 */
public record RuleEvaluation(String rule, String result, PolicyAction action, String detail) {
}
