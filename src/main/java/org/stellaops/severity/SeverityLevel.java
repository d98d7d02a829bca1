// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.severity;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Qualitative severity, ordered UNKNOWN &lt; NONE &lt; LOW &lt; MEDIUM &lt; HIGH &lt; CRITICAL.
 *
 * <p>UNKNOWN ranks lowest, below NONE and LOW, so that sorting by rank never lets an unrated
 * advisory push a rated one down a report. The flip side is that a rank threshold such as
 * "at least LOW" silently drops unrated findings: a policy that must not ignore them has to
 * test for UNKNOWN explicitly.
 */
public enum SeverityLevel {
    UNKNOWN,
    NONE,
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL;

    // Keys are normalised by normalise(): lower case, single spaces, no tentative-marker '*'.
    private static final Map<String, SeverityLevel> TEXTUAL = Map.ofEntries(
            Map.entry("unknown", UNKNOWN),
            Map.entry("not yet assigned", UNKNOWN), // Debian security tracker
            Map.entry("none", NONE),
            // Ubuntu "negligible" and Debian "unimportant" still name a real flaw, just one the
            // distribution will not fix; we have no level between NONE and LOW, and LOW keeps
            // them visible where NONE would claim there is no impact at all.
            Map.entry("negligible", LOW),
            Map.entry("unimportant", LOW),
            Map.entry("low", LOW),
            Map.entry("moderate", MEDIUM), // GHSA, Red Hat, AlmaLinux
            Map.entry("medium", MEDIUM),
            Map.entry("important", HIGH), // Red Hat, AlmaLinux
            Map.entry("high", HIGH),
            Map.entry("critical", CRITICAL));

    /** Position in the order above; higher is more severe. */
    public int rank() {
        return ordinal();
    }

    /**
     * Rates a score on the version's scale. v2 has three bands (0.0-3.9 LOW, 4.0-6.9 MEDIUM,
     * 7.0-10.0 HIGH) and neither NONE nor CRITICAL; v3.x and v4.0 rate 0.0 NONE, 0.1-3.9 LOW,
     * 4.0-6.9 MEDIUM, 7.0-8.9 HIGH and 9.0-10.0 CRITICAL.
     *
     * @throws IllegalArgumentException when the score is not between 0.0 and 10.0
     */
    public static SeverityLevel fromScore(CvssVersion version, double score) {
        Objects.requireNonNull(version, "version");
        if (!(score >= 0.0 && score <= 10.0)) {
            throw new IllegalArgumentException("CVSS score out of range: " + score);
        }
        if (version == CvssVersion.V2) {
            return score < 4.0 ? LOW : score < 7.0 ? MEDIUM : HIGH;
        }
        if (score == 0.0) {
            return NONE;
        }
        return score < 4.0 ? LOW : score < 7.0 ? MEDIUM : score < 9.0 ? HIGH : CRITICAL;
    }

    /**
     * Reads a severity word as advisory sources state it, in any case: GHSA, Red Hat and
     * AlmaLinux ("Moderate", "Important"), Ubuntu ("negligible"), Debian ("unimportant",
     * "not yet assigned", with or without its tentative marker "**").
     *
     * @return the level, or empty when the text is not a severity word we know
     */
    public static Optional<SeverityLevel> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(TEXTUAL.get(normalise(text)));
    }

    private static String normalise(String text) {
        String stripped = text.strip();
        while (stripped.endsWith("*")) {
            stripped = stripped.substring(0, stripped.length() - 1);
        }
        return stripped.replaceAll("[\\s_]+", " ").toLowerCase(Locale.ROOT);
    }
}
