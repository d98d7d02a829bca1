// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.vex;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.stellaops.canonical.CommonTime;

/**
 * The weight of one statement: issuer trust × confidence × freshness decay (docs/vex.md).
 *
 * <p>Confidence says how well a claim is argued. A not_affected claim with a justification is
 * fully argued (1.0), with only an impact statement less so (0.8), with neither barely (0.5:
 * OpenVEX requires one of the two). An affected claim with an action statement tells users
 * what to do (1.0), without one a little less (0.9). fixed is a fact about versions (1.0).
 * under_investigation is no claim yet (0.6).
 *
 * <p>Decay halves the weight every half-life after the statement's timestamp, counted to the
 * scan's reference time, never to the wall clock, so replays agree. A statement dated at or
 * after the reference time counts at full weight; an undated one counts as one half-life old.
 */
final class StatementWeights {

    static final String UNDATED = "undated: counted as one half-life old";
    static final String AFTER_REFERENCE = "dated after the reference time: full weight";

    private final VexTrust trust;
    private final Instant referenceTime;
    /** Issuers are few and their patterns are regular expressions: match each issuer once. */
    private final java.util.Map<String, Double> trusts = new java.util.HashMap<>();

    StatementWeights(VexTrust trust, Instant referenceTime) {
        this.trust = trust;
        this.referenceTime = referenceTime;
    }

    WeighedStatement weigh(VexStatement statement, Instant time, String match) {
        double issuerTrust = trusts.computeIfAbsent(statement.issuer(), trust::trustOf);
        double confidence = confidenceOf(statement);
        double decay;
        String note = null;
        Duration halfLife = trust.halfLife();
        if (time == null) {
            decay = halfLife.isZero() ? 1.0 : 0.5;
            note = halfLife.isZero() ? null : UNDATED;
        } else if (!time.isBefore(referenceTime)) {
            decay = 1.0;
            note = time.isAfter(referenceTime) ? AFTER_REFERENCE : null;
        } else if (halfLife.isZero()) {
            decay = 1.0;
        } else {
            double age = Duration.between(time, referenceTime).getSeconds();
            decay = Math.pow(0.5, age / halfLife.getSeconds());
        }
        return new WeighedStatement(statement, WeighedStatement.OVERRULED, issuerTrust,
                confidence, round(decay), round(issuerTrust * confidence * decay), match, note,
                time);
    }

    static double confidenceOf(VexStatement statement) {
        switch (statement.status()) {
            case NOT_AFFECTED:
                if (statement.justification() != null) {
                    return 1.0;
                }
                return hasText(statement.impactStatement()) ? 0.8 : 0.5;
            case AFFECTED:
                return hasText(statement.actionStatement()) ? 1.0 : 0.9;
            case UNDER_INVESTIGATION:
                return 0.6;
            default:
                return 1.0;
        }
    }

    /** The instant of an RFC 3339 timestamp, or null when absent or not one. */
    static Instant instantOf(String timestamp) {
        if (timestamp == null) {
            return null;
        }
        // the usual form by hand; java.time for the rest, and for what the form cannot hold
        Instant common = CommonTime.parse(timestamp);
        if (common != null) {
            return common;
        }
        try {
            return OffsetDateTime.parse(timestamp.strip()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    private static double round(double value) {
        return Math.round(value * 1_000_000d) / 1_000_000d;
    }
}
