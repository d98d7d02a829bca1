// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.severity;

import java.util.Objects;

/**
 * A base score computed by us from a vector, never copied from a source's number.
 *
 * @param version the CVSS version the vector declares
 * @param vector the vector as the source gave it, trimmed and without a v2 "(...)" wrapper
 * @param baseScore the base score, 0.0 to 10.0, rounded as the version's specification says;
 *     for v4.0 this is the CVSS-B score (threat and environmental metrics are not applied)
 * @param level the qualitative rating of {@code baseScore} on the version's scale
 */
public record CvssScore(CvssVersion version, String vector, double baseScore, SeverityLevel level) {

    public CvssScore {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(vector, "vector");
        Objects.requireNonNull(level, "level");
        if (!(baseScore >= 0.0 && baseScore <= 10.0)) {
            throw new IllegalArgumentException("base score out of range: " + baseScore);
        }
    }
}
