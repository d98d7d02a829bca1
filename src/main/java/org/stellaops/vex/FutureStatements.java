// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.vex;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Statements dated after the wall clock at load time: suspicious (a wrong clock, a typo, or a
 * document made to win by freshness). They still count, at full weight, like any statement
 * dated after the reference time; this only reports them. The check reads the wall clock, so
 * its warnings go to the operator (standard error, scan events), not into reports, which
 * must not depend on when they were made.
 */
public final class FutureStatements {

    private FutureStatements() {
    }

    public static List<VexWarning> find(List<VexStatement> statements, Instant now) {
        List<VexWarning> warnings = new ArrayList<>();
        for (VexStatement statement : statements) {
            Instant time = StatementWeights.instantOf(statement.timestamp());
            if (time != null && time.isAfter(now)) {
                warnings.add(new VexWarning(statement.source(), "future-timestamp",
                        statement.issuer() + " dates its statement on "
                                + statement.vulnerability() + " " + statement.timestamp()
                                + ", after the time it was loaded (" + now + ")"));
            }
        }
        return warnings;
    }
}
