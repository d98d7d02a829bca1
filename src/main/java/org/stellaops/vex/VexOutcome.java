// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.vex;

import java.util.List;

/**
 * The consensus for one finding.
 *
 * @param status the winning statement's status, or {@link VexStatus#AFFECTED} when none applies
 * @param winner the statement that decided, or null when none applies
 * @param considered every statement that applies, the winner first, then the overruled by
 *     falling weight, then the superseded and contradicted
 */
public record VexOutcome(VexStatus status, WeighedStatement winner,
        List<WeighedStatement> considered) {

    /** No statement applies: the finding stands as matched. */
    public static final VexOutcome NONE = new VexOutcome(VexStatus.AFFECTED, null, List.of());

    public VexOutcome {
        considered = List.copyOf(considered);
    }
}
