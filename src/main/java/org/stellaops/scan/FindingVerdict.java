// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.scan;

import org.stellaops.policy.PolicyAction;
import org.stellaops.policy.PolicyDecision;
import org.stellaops.severity.SeverityLevel;
import org.stellaops.vex.VexOutcome;

/**
 * The final state of one finding after VEX and policy, with everything that led to it.
 *
 * <p>The rule, in order: a policy {@code ignore} closes the finding ({@link #IGNORED}); a
 * policy {@code block} keeps it open whatever VEX says, since the policy has the last word; a
 * VEX consensus of not_affected or fixed closes it ({@link #SUPPRESSED}); else it is open.
 *
 * @param policy the policy's decision, or null when no policy was given
 * @param countedLevel the level the threshold compares: the finding's own, or the level an
 *     escalate rule raised it to
 */
public record FindingVerdict(String state, VexOutcome vex, PolicyDecision policy,
        SeverityLevel countedLevel) {

    public static final String OPEN = "open";
    public static final String SUPPRESSED = "suppressed";
    public static final String IGNORED = "ignored";

    /** A finding no VEX statement and no policy spoke of. */
    public static FindingVerdict open(SeverityLevel level) {
        return new FindingVerdict(OPEN, VexOutcome.NONE, null, level);
    }

    public boolean isOpen() {
        return OPEN.equals(state);
    }

    /** The policy's winning action, or null. */
    public PolicyAction action() {
        return policy == null ? null : policy.action();
    }

    /** The final action as reports name it: the policy's, else {@code suppress} or none. */
    public String finalAction() {
        if (action() != null) {
            return action().wire();
        }
        return SUPPRESSED.equals(state) ? "suppress" : "none";
    }
}
