// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import java.util.List;

/** TEMPORARY stand-in replaced by the policy-engine branch on merge. */
public final class PolicyEngine {
    public PolicyResult evaluate(List<FindingFacts> findings, ScanFacts scan) {
        throw new UnsupportedOperationException();
    }
}
