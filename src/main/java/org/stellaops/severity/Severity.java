// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.severity;

import java.util.Objects;

/**
 * The severity of a finding and where it came from.
 *
 * @param level the level used for ranking and thresholds
 * @param score the CVSS base score computed from {@code vector}, or {@code null} when the level
 *     was stated by the source rather than computed
 * @param vector the CVSS vector the score was computed from, or {@code null}
 * @param source which record and field gave the severity, e.g. {@code GHSA-xxxx CVSS_V3} or
 *     {@code ALSA-2024:1 stated}; {@code none} when nothing did
 */
public record Severity(SeverityLevel level, Double score, String vector, String source) {

    public static final Severity UNKNOWN = new Severity(SeverityLevel.UNKNOWN, null, null, "none");

    public Severity {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(source, "source");
    }

    public static Severity computed(CvssScore cvss, String source) {
        return new Severity(cvss.level(), cvss.baseScore(), cvss.vector(), source);
    }

    public static Severity stated(SeverityLevel level, String source) {
        return new Severity(level, null, null, source);
    }

    public boolean isComputed() {
        return score != null;
    }

    /**
     * The more severe of two: a computed score from a newer CVSS version wins over an older
     * version's, then the higher score; otherwise the higher level.
     */
    public static Severity higherOf(Severity a, Severity b) {
        if (a.isComputed() && b.isComputed()) {
            int byVersion = Integer.compare(generation(a.vector), generation(b.vector));
            if (byVersion != 0) {
                return byVersion > 0 ? a : b;
            }
            return b.score > a.score ? b : a;
        }
        if (a.level == b.level) {
            return a.isComputed() ? a : b;
        }
        return b.level.compareTo(a.level) > 0 ? b : a;
    }

    private static int generation(String vector) {
        if (vector.startsWith("CVSS:4")) {
            return 3;
        }
        return vector.startsWith("CVSS:3") ? 2 : 1;
    }
}
