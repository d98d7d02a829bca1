// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.vex;

import java.time.Instant;

/**
 * One statement considered for one finding, with how much it counted.
 *
 * @param role {@code won}, {@code overruled} (outweighed by the winner), {@code superseded}
 *     (its issuer spoke again later), {@code contradicted} (its issuer said otherwise at the
 *     same time, and the more conservative claim was kept) or {@code duplicate} (its issuer
 *     said the same at the same time elsewhere)
 * @param weight trust × confidence × decay, rounded to six decimals so ties are exact
 * @param match why the statement applies to the finding's package, in words
 * @param note anything unusual about its weight (undated, dated after the reference time), or
 *     null
 * @param time the statement's timestamp, parsed once, or null when undated or unreadable
 */
public record WeighedStatement(
        VexStatement statement,
        String role,
        double trust,
        double confidence,
        double decay,
        double weight,
        String match,
        String note,
        Instant time) {

    public static final String WON = "won";
    public static final String OVERRULED = "overruled";
    public static final String SUPERSEDED = "superseded";
    public static final String CONTRADICTED = "contradicted";
    public static final String DUPLICATE = "duplicate";

    WeighedStatement withRole(String newRole) {
        return new WeighedStatement(statement, newRole, trust, confidence, decay, weight, match,
                note, time);
    }
}
