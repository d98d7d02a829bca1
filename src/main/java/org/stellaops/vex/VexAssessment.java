// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.vex;

import java.util.List;

/**
 * VEX applied to a scan.
 *
 * @param outcomes one per finding, in the order the findings were given
 * @param unmatched statements that applied to no finding, in input order
 * @param warnings what was odd (contradictory claims of one issuer), in a stable order
 */
public record VexAssessment(List<VexOutcome> outcomes, List<UnmatchedStatement> unmatched,
        List<VexWarning> warnings) {

    public VexAssessment {
        outcomes = List.copyOf(outcomes);
        unmatched = List.copyOf(unmatched);
        warnings = List.copyOf(warnings);
    }
}
