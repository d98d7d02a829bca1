// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import java.util.List;

/**
 * A policy applied to a scan.
 *
 * @param digest {@code sha256:} and the hex digest of the policy's canonical form, recorded in
 *     every report so a replay can tell which policy decided
 * @param decisions one per finding, in the order the findings were given
 * @param gates every gate in policy order
 * @param warnings rules that matched nothing, ignore rules that expired, and the like
 */
public record PolicyResult(
        String name,
        String version,
        String digest,
        List<PolicyDecision> decisions,
        List<GateResult> gates,
        List<String> warnings) {

    public PolicyResult {
        decisions = List.copyOf(decisions);
        gates = List.copyOf(gates);
        warnings = List.copyOf(warnings);
    }

    public boolean gatesPassed() {
        return gates.stream().allMatch(GateResult::passed);
    }
}
