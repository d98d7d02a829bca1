// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.severity;

import java.util.HashMap;
import java.util.Map;

/**
 * The effective value of each CVSS v4.0 metric, which is what the scoring formula reads.
 *
 * <p>A modified environmental metric (MAV, MVC, MSI...) other than X replaces its base metric.
 * Exploit maturity and the security requirements left out or set to X count as their worst
 * case, E:A and CR/IR/AR:H, as the specification requires; that also makes a vector without
 * threat or environmental metrics score as CVSS-B.
 */
final class CvssV4Metrics {

    private static final Map<String, String> WORST_CASE_DEFAULTS =
            Map.of("E", "A", "CR", "H", "IR", "H", "AR", "H");

    private final Map<String, String> given;

    private CvssV4Metrics(Map<String, String> given) {
        this.given = given;
    }

    /** All metrics of the vector count: the CVSS-B, -BT, -BE or -BTE score as the vector has. */
    static CvssV4Metrics of(Map<String, String> metrics) {
        return new CvssV4Metrics(Map.copyOf(metrics));
    }

    /** Only the base metrics count: the CVSS-B score, whatever else the vector states. */
    static CvssV4Metrics baseOnly(Map<String, String> metrics) {
        Map<String, String> base = new HashMap<>();
        for (String name : CvssGrammars.V4.baseMetrics()) {
            base.put(name, metrics.get(name));
        }
        return new CvssV4Metrics(Map.copyOf(base));
    }

    /** The value the formula uses for a base, threat or requirement metric. */
    String effective(String metric) {
        String value = given.getOrDefault(metric, "X");
        if (value.equals("X") && WORST_CASE_DEFAULTS.containsKey(metric)) {
            return WORST_CASE_DEFAULTS.get(metric);
        }
        String modified = given.getOrDefault("M" + metric, "X");
        return modified.equals("X") ? value : modified;
    }

    boolean is(String metric, String value) {
        return effective(metric).equals(value);
    }
}
