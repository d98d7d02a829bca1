// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code cvss: {scoreAtLeast: 7.0, scoreAtMost: 9.9, vector: {AV: N, PR: N}}}: bounds on the
 * base score and metric values the vector string must carry. A finding without a score fails
 * a score bound, one without a vector fails a metric, so "no data" never looks like a match.
 */
final class CvssCondition implements Condition {

    private final Double atLeast;
    private final Double atMost;
    private final Map<String, String> metrics;
    private final String atLeastText;
    private final String atMostText;

    CvssCondition(Double atLeast, Double atMost, Map<String, String> metrics) {
        this.atLeast = atLeast;
        this.atMost = atMost;
        this.atLeastText = atLeast == null ? null : Scores.text(atLeast);
        this.atMostText = atMost == null ? null : Scores.text(atMost);
        // insertion order, so the trace lists metrics as the rule does
        this.metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    @Override
    public boolean test(Subject subject) {
        return failure(subject) == null;
    }

    @Override
    public String explain(Subject subject) {
        String failure = failure(subject);
        if (failure != null) {
            return failure;
        }
        StringBuilder words = new StringBuilder("cvss");
        Double score = subject.facts.score();
        if (atLeast != null || atMost != null) {
            words.append(" score ").append(Scores.text(score)).append(" within bounds");
        }
        metrics.forEach((k, v) -> words.append(' ').append(k).append(':').append(v));
        return words.toString();
    }

    /** Why the finding fails, or null when it matches. */
    private String failure(Subject subject) {
        Double score = subject.facts.score();
        if (atLeast != null || atMost != null) {
            if (score == null) {
                return "no CVSS score";
            }
            if (atLeast != null && score < atLeast) {
                return "cvss score " + Scores.text(score) + " < " + atLeastText;
            }
            if (atMost != null && score > atMost) {
                return "cvss score " + Scores.text(score) + " > " + atMostText;
            }
        }
        if (metrics.isEmpty()) {
            return null;
        }
        Map<String, String> actual = subject.metrics();
        if (actual.isEmpty()) {
            return "no CVSS vector";
        }
        for (Map.Entry<String, String> wanted : metrics.entrySet()) {
            String value = actual.get(wanted.getKey());
            if (!wanted.getValue().equals(value)) {
                return "cvss vector " + wanted.getKey() + ":" + (value == null ? "(absent)" : value)
                        + ", not " + wanted.getKey() + ":" + wanted.getValue();
            }
        }
        return null;
    }
}
