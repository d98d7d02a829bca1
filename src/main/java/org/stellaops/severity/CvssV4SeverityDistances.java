// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.severity;

import java.util.List;
import java.util.Map;

/**
 * The data behind the CVSS v4.0 interpolation inside a MacroVector: the highest-severity
 * vectors of each equivalence-class level, the depth of each level (its largest severity
 * distance, in steps of 0.1), and the severity level of every metric value. All three are
 * transcribed from the FIRST v4.0 reference calculator (max_composed.js, max_severity.js and
 * the metric levels in cvss_score.js), to which the specification defers for these details.
 */
final class CvssV4SeverityDistances {

    /** The metrics whose distance counts, grouped by the EQ they belong to (EQ3 with EQ6). */
    static final List<String> EQ1_METRICS = List.of("AV", "PR", "UI");
    static final List<String> EQ2_METRICS = List.of("AC", "AT");
    static final List<String> EQ3_EQ6_METRICS = List.of("VC", "VI", "VA", "CR", "IR", "AR");
    static final List<String> EQ4_METRICS = List.of("SC", "SI", "SA");

    // Index: level. Each entry: the highest-severity vectors of that level, most severe first.
    private static final List<List<String>> EQ1_MAX = List.of(
            List.of("AV:N/PR:N/UI:N"),
            List.of("AV:A/PR:N/UI:N", "AV:N/PR:L/UI:N", "AV:N/PR:N/UI:P"),
            List.of("AV:P/PR:N/UI:N", "AV:A/PR:L/UI:P"));
    private static final List<List<String>> EQ2_MAX = List.of(
            List.of("AC:L/AT:N"),
            List.of("AC:H/AT:N", "AC:L/AT:P"));
    // Index: EQ3 level * 2 + EQ6 level; EQ3 level 2 with EQ6 level 0 cannot occur.
    private static final List<List<String>> EQ3_EQ6_MAX = List.of(
            List.of("VC:H/VI:H/VA:H/CR:H/IR:H/AR:H"),
            List.of("VC:H/VI:H/VA:L/CR:M/IR:M/AR:H", "VC:H/VI:H/VA:H/CR:M/IR:M/AR:M"),
            List.of("VC:L/VI:H/VA:H/CR:H/IR:H/AR:H", "VC:H/VI:L/VA:H/CR:H/IR:H/AR:H"),
            List.of("VC:L/VI:H/VA:L/CR:H/IR:M/AR:H", "VC:L/VI:H/VA:H/CR:H/IR:M/AR:M",
                    "VC:H/VI:L/VA:H/CR:M/IR:H/AR:M", "VC:H/VI:L/VA:L/CR:M/IR:H/AR:H",
                    "VC:L/VI:L/VA:H/CR:H/IR:H/AR:M"),
            List.of(),
            List.of("VC:L/VI:L/VA:L/CR:H/IR:H/AR:H"));
    private static final List<List<String>> EQ4_MAX = List.of(
            List.of("SC:H/SI:S/SA:S"),
            List.of("SC:H/SI:H/SA:H"),
            List.of("SC:L/SI:L/SA:L"));

    private static final int[] EQ1_DEPTH = {1, 4, 5};
    private static final int[] EQ2_DEPTH = {1, 2};
    private static final int[] EQ3_EQ6_DEPTH = {7, 6, 8, 8, 0, 10};
    private static final int[] EQ4_DEPTH = {6, 5, 4};

    // Kept as the reference calculator's decimal fractions so that sums round identically.
    private static final Map<String, Map<String, Double>> LEVELS = Map.ofEntries(
            Map.entry("AV", Map.of("N", 0.0, "A", 0.1, "L", 0.2, "P", 0.3)),
            Map.entry("PR", Map.of("N", 0.0, "L", 0.1, "H", 0.2)),
            Map.entry("UI", Map.of("N", 0.0, "P", 0.1, "A", 0.2)),
            Map.entry("AC", Map.of("L", 0.0, "H", 0.1)),
            Map.entry("AT", Map.of("N", 0.0, "P", 0.1)),
            Map.entry("VC", Map.of("H", 0.0, "L", 0.1, "N", 0.2)),
            Map.entry("VI", Map.of("H", 0.0, "L", 0.1, "N", 0.2)),
            Map.entry("VA", Map.of("H", 0.0, "L", 0.1, "N", 0.2)),
            Map.entry("SC", Map.of("H", 0.1, "L", 0.2, "N", 0.3)),
            Map.entry("SI", Map.of("S", 0.0, "H", 0.1, "L", 0.2, "N", 0.3)),
            Map.entry("SA", Map.of("S", 0.0, "H", 0.1, "L", 0.2, "N", 0.3)),
            Map.entry("CR", Map.of("H", 0.0, "M", 0.1, "L", 0.2)),
            Map.entry("IR", Map.of("H", 0.0, "M", 0.1, "L", 0.2)),
            Map.entry("AR", Map.of("H", 0.0, "M", 0.1, "L", 0.2)));

    private CvssV4SeverityDistances() {
    }

    static List<String> eq1Max(CvssV4MacroVector mv) {
        return EQ1_MAX.get(mv.eq1());
    }

    static List<String> eq2Max(CvssV4MacroVector mv) {
        return EQ2_MAX.get(mv.eq2());
    }

    static List<String> eq3Eq6Max(CvssV4MacroVector mv) {
        return EQ3_EQ6_MAX.get(mv.eq3() * 2 + mv.eq6());
    }

    static List<String> eq4Max(CvssV4MacroVector mv) {
        return EQ4_MAX.get(mv.eq4());
    }

    /** Depths in score units: the reference calculator's step count times 0.1. */
    static double eq1Depth(CvssV4MacroVector mv) {
        return EQ1_DEPTH[mv.eq1()] * 0.1;
    }

    static double eq2Depth(CvssV4MacroVector mv) {
        return EQ2_DEPTH[mv.eq2()] * 0.1;
    }

    static double eq3Eq6Depth(CvssV4MacroVector mv) {
        return EQ3_EQ6_DEPTH[mv.eq3() * 2 + mv.eq6()] * 0.1;
    }

    static double eq4Depth(CvssV4MacroVector mv) {
        return EQ4_DEPTH[mv.eq4()] * 0.1;
    }

    /** How much less severe the value is than the most severe value of its metric. */
    static double level(String metric, String value) {
        Double level = LEVELS.get(metric).get(value);
        if (level == null) {
            throw new IllegalArgumentException("no severity level for " + metric + ":" + value);
        }
        return level;
    }
}
