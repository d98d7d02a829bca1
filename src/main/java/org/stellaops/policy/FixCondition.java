// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

/** {@code fixAvailable: true|false}: whether a fixed version above the installed one is known. */
final class FixCondition implements Condition {

    private final boolean wanted;

    FixCondition(boolean wanted) {
        this.wanted = wanted;
    }

    @Override
    public boolean test(Subject subject) {
        return subject.fixAvailable == wanted;
    }

    @Override
    public String explain(Subject subject) {
        return (subject.fixAvailable ? "fix available" : "no fix available")
                + (test(subject) ? "" : ", wanted fixAvailable " + wanted);
    }
}
