// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.api;

/**
 * A finding's final state under one policy, as a policy preview compares them.
 *
 * @param action the policy's action ({@code block}, {@code warn}, ...), {@code suppress} when
 *     VEX closed the finding, {@code none} otherwise
 * @param rule the deciding rule, or null
 */
record PreviewVerdict(String key, String id, String purl, String level, String vexStatus,
        String state, String action, String rule, String reason) {

    boolean blocks() {
        return "block".equals(action);
    }

    boolean sameDecision(PreviewVerdict other) {
        return state.equals(other.state) && action.equals(other.action)
                && java.util.Objects.equals(rule, other.rule)
                && java.util.Objects.equals(reason, other.reason);
    }
}
