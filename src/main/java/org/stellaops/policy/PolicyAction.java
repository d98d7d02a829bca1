// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import java.util.Locale;

/**
 * What a rule does to the findings it matches. Declared weakest first: when several rules
 * match (a policy evaluated with {@code match: all}), the strongest action wins.
 */
public enum PolicyAction {
    /** Closes the finding; needs a reason, may expire. */
    IGNORE,
    /** Keeps the finding open and flags it; does not fail the scan by itself. */
    WARN,
    /** Raises the severity the threshold sees to the rule's {@code to} level. */
    ESCALATE,
    /** Fails the scan (exit 1) whatever the threshold. */
    BLOCK;

    // the wire name is asked for every finding of every scan: made once
    private final String wire = name().toLowerCase(Locale.ROOT);

    public String wire() {
        return wire;
    }
}
