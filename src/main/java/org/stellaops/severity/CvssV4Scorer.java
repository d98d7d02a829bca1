// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.severity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * CVSS v4.0 scores, written here because us.springett:cvss-calculator stops at v3.1 and no
 * other library on our classpath scores v4.0.
 *
 * <p>v4.0 has no closed formula. The FIRST specification groups vectors into MacroVectors
 * (six equivalence classes, {@link CvssV4MacroVector}), publishes a score for each
 * ({@link CvssV4MacroVectorScores}), and places a vector below its MacroVector's score in
 * proportion to how far it is from the MacroVector's most severe vectors, measured against the
 * gap to each next-lower MacroVector ({@link CvssV4SeverityDistances}). The result is rounded
 * half up to one decimal. This class follows the FIRST reference calculator step for step,
 * including the order of floating-point operations, so that its scores match it exactly.
 */
final class CvssV4Scorer {

    private static final double ROUNDING_EPSILON = 1e-6;
    private static final List<String> IMPACT_METRICS = List.of("VC", "VI", "VA", "SC", "SI", "SA");

    private CvssV4Scorer() {
    }

    /**
     * Scores validated v4.0 metrics.
     *
     * @param applyThreatAndEnvironmental false for the CVSS-B score; true to let threat and
     *     environmental metrics count (CVSS-BT, -BE or -BTE, as the vector has them)
     */
    static double score(Map<String, String> metrics, boolean applyThreatAndEnvironmental) {
        return score(applyThreatAndEnvironmental
                ? CvssV4Metrics.of(metrics)
                : CvssV4Metrics.baseOnly(metrics));
    }

    static double score(CvssV4Metrics metrics) {
        if (IMPACT_METRICS.stream().allMatch(metric -> metrics.is(metric, "N"))) {
            return 0.0;
        }
        CvssV4MacroVector mv = CvssV4MacroVector.of(metrics);
        double value = macroVectorScore(mv);
        Map<String, Double> distance = distancesToClosestMaximum(metrics, mv);

        Interpolation steps = new Interpolation(value);
        steps.add(lowerScore(mv.withEq1(mv.eq1() + 1)),
                sum(distance, CvssV4SeverityDistances.EQ1_METRICS),
                CvssV4SeverityDistances.eq1Depth(mv));
        steps.add(lowerScore(mv.withEq2(mv.eq2() + 1)),
                sum(distance, CvssV4SeverityDistances.EQ2_METRICS),
                CvssV4SeverityDistances.eq2Depth(mv));
        steps.add(lowerEq3Eq6Score(mv),
                sum(distance, CvssV4SeverityDistances.EQ3_EQ6_METRICS),
                CvssV4SeverityDistances.eq3Eq6Depth(mv));
        steps.add(lowerScore(mv.withEq4(mv.eq4() + 1)),
                sum(distance, CvssV4SeverityDistances.EQ4_METRICS),
                CvssV4SeverityDistances.eq4Depth(mv));
        // Exploit maturity has a single vector per level, so the distance inside it is zero;
        // a lower EQ5 level still counts towards the mean, as in the reference calculator.
        steps.add(lowerScore(mv.withEq5(mv.eq5() + 1)), 0.0, 1.0);

        double unrounded = Math.max(0.0, Math.min(10.0, value - steps.meanDistance()));
        return roundHalfUp(unrounded);
    }

    // The interpolation can land one ulp below a tie (5.6499999999999995 for 5.65), which a bare
    // Math.round would send the wrong way; the reference calculator adds this epsilon for that.
    private static double roundHalfUp(double score) {
        return Math.round((score + ROUNDING_EPSILON) * 10) / 10.0;
    }

    private static double macroVectorScore(CvssV4MacroVector mv) {
        OptionalDouble score = CvssV4MacroVectorScores.scoreOf(mv);
        if (score.isEmpty()) {
            throw new IllegalStateException("no score for CVSS v4.0 MacroVector " + mv.key());
        }
        return score.getAsDouble();
    }

    private static OptionalDouble lowerScore(CvssV4MacroVector lower) {
        return CvssV4MacroVectorScores.scoreOf(lower);
    }

    // EQ3 and EQ6 move together: from (0,0) both (0,1) and (1,0) are one step lower, and the
    // more severe of the two is the next MacroVector; from (2,1) nothing is lower.
    private static OptionalDouble lowerEq3Eq6Score(CvssV4MacroVector mv) {
        int eq3 = mv.eq3();
        int eq6 = mv.eq6();
        if (eq3 == 0 && eq6 == 0) {
            OptionalDouble left = lowerScore(mv.withEq3Eq6(0, 1));
            OptionalDouble right = lowerScore(mv.withEq3Eq6(1, 0));
            if (left.isEmpty() || right.isEmpty()) {
                return OptionalDouble.empty();
            }
            return OptionalDouble.of(Math.max(left.getAsDouble(), right.getAsDouble()));
        }
        if (eq3 == 1 && eq6 == 0) {
            return lowerScore(mv.withEq3Eq6(1, 1));
        }
        return lowerScore(mv.withEq3Eq6(eq3 + 1, eq6));
    }

    /**
     * The per-metric distances from the first highest-severity vector of the MacroVector that
     * is at least as severe as the scored vector in every metric.
     */
    private static Map<String, Double> distancesToClosestMaximum(
            CvssV4Metrics metrics, CvssV4MacroVector mv) {
        for (String eq1 : CvssV4SeverityDistances.eq1Max(mv)) {
            for (String eq2 : CvssV4SeverityDistances.eq2Max(mv)) {
                for (String eq3Eq6 : CvssV4SeverityDistances.eq3Eq6Max(mv)) {
                    for (String eq4 : CvssV4SeverityDistances.eq4Max(mv)) {
                        Map<String, Double> distances =
                                distances(metrics, String.join("/", eq1, eq2, eq3Eq6, eq4));
                        if (distances.values().stream().allMatch(d -> d >= 0)) {
                            return distances;
                        }
                    }
                }
            }
        }
        throw new IllegalStateException("no highest-severity vector above MacroVector " + mv.key());
    }

    private static Map<String, Double> distances(CvssV4Metrics metrics, String maxVector) {
        Map<String, Double> distances = new HashMap<>();
        for (String part : maxVector.split("/")) {
            String metric = part.substring(0, part.indexOf(':'));
            String maxValue = part.substring(part.indexOf(':') + 1);
            distances.put(metric, CvssV4SeverityDistances.level(metric, metrics.effective(metric))
                    - CvssV4SeverityDistances.level(metric, maxValue));
        }
        return distances;
    }

    private static double sum(Map<String, Double> distance, List<String> metrics) {
        double total = 0.0;
        for (String metric : metrics) {
            total += distance.get(metric);
        }
        return total;
    }

    /** Accumulates the proportional distances of the EQs that have a lower MacroVector. */
    private static final class Interpolation {

        private final double value;
        private double total;
        private int count;

        Interpolation(double value) {
            this.value = value;
        }

        void add(OptionalDouble lowerScore, double distance, double depth) {
            if (lowerScore.isEmpty()) {
                return;
            }
            double available = value - lowerScore.getAsDouble();
            total += available * (distance / depth);
            count++;
        }

        double meanDistance() {
            return count == 0 ? 0.0 : total / count;
        }
    }
}
