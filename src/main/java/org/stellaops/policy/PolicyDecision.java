// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import java.util.List;
import org.stellaops.severity.SeverityLevel;

/**
 * The policy's decision for one finding.
 *
 * @param action the winning action, or null when no rule matched
 * @param rule the id of the rule whose action won, or null
 * @param reason the winning rule's reason, or null
 * @param expires the winning ignore rule's expiry (RFC 3339), or null
 * @param escalatedTo for {@link PolicyAction#ESCALATE}, the level the finding now counts at
 * @param trace every rule in policy order with its result
 */
public record PolicyDecision(
        PolicyAction action,
        String rule,
        String reason,
        String expires,
        SeverityLevel escalatedTo,
        List<RuleEvaluation> trace) {

    public PolicyDecision {
        // the engine's own trace is already unmodifiable and complete
        trace = trace instanceof Trace ? trace : List.copyOf(trace);
    }
}
