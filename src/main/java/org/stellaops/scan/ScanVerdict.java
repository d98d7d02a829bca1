// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.scan;

import java.util.List;
import org.stellaops.policy.PolicyResult;
import org.stellaops.vex.VexAssessment;

/**
 * VEX and policy applied to a scan.
 *
 * @param findings one per finding of the report, in report order
 * @param vex the VEX given (empty when none)
 * @param assessment the consensus, or null when no VEX was given
 * @param policy the policy's result, or null when no policy was given
 */
public record ScanVerdict(List<FindingVerdict> findings, VexEvidence vex,
        VexAssessment assessment, PolicyResult policy) {

    public ScanVerdict {
        findings = List.copyOf(findings);
    }

    /** A policy rule blocked a finding, or a gate failed. */
    public boolean blocked() {
        if (policy == null) {
            return false;
        }
        return !policy.gatesPassed() || findings.stream().anyMatch(f -> f.action()
                == org.stellaops.policy.PolicyAction.BLOCK);
    }
}
