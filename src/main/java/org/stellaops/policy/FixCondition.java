// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

/** {@code fixAvailable: true|false}: whether a fixed version above the installed one is known. */
final class FixCondition implements Condition {

    private final boolean wanted;
    /** The two possible trace lines, by whether the finding has a fix. */
    private final String withFix;
    private final String withoutFix;

    FixCondition(boolean wanted) {
        this.wanted = wanted;
        this.withFix = "fix available" + (wanted ? "" : ", wanted fixAvailable false");
        this.withoutFix = "no fix available" + (wanted ? ", wanted fixAvailable true" : "");
    }

    @Override
    public boolean test(Subject subject) {
        return subject.fixAvailable == wanted;
    }

    @Override
    public String explain(Subject subject) {
        return subject.fixAvailable ? withFix : withoutFix;
    }
}
