// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

/** The words of {@link RuleEvaluation#result()}. */
final class RuleResults {

    static final String MATCHED = "matched";
    static final String NOT_MATCHED = "not-matched";
    static final String EXPIRED = "expired";
    static final String SKIPPED = "skipped";

    private RuleResults() {
    }
}
