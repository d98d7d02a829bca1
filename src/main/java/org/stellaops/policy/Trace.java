// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * A finding's rule lines, one per rule in policy order, as {@link FindingDecider} filled
 * them: an unmodifiable view of the decider's array, which nothing writes once the decision
 * is made. {@link PolicyDecision} keeps it as it is where any other list is copied, which
 * saves a 50-element copy per finding.
 */
final class Trace extends AbstractList<RuleEvaluation> implements RandomAccess {

    private final RuleEvaluation[] lines;

    /** @param lines every element set; the caller hands the array over */
    Trace(RuleEvaluation[] lines) {
        this.lines = lines;
    }

    @Override
    public RuleEvaluation get(int index) {
        return lines[index];
    }

    @Override
    public int size() {
        return lines.length;
    }
}
