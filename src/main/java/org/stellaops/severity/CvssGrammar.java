// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.severity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The metrics one CVSS version allows in a vector: their names in specification order, the
 * values each may take, and which of them (the base metrics) every vector must carry.
 *
 * <p>Instances are immutable and shared; {@link CvssGrammars} holds one per version.
 */
final class CvssGrammar {

    private final String label;
    private final Map<String, List<String>> values;
    private final List<String> order;
    private final List<String> baseMetrics;
    private final boolean fixedOrder;

    private CvssGrammar(Builder builder) {
        this.label = builder.label;
        this.values = Map.copyOf(builder.values);
        this.baseMetrics = List.copyOf(builder.baseMetrics);
        this.order = List.copyOf(builder.values.keySet());
        this.fixedOrder = builder.fixedOrder;
    }

    static Builder builder(String label) {
        return new Builder(label);
    }

    /** The mandatory base metrics, in specification order. */
    List<String> baseMetrics() {
        return baseMetrics;
    }

    /**
     * Splits the metric part of a vector into name/value pairs and checks each against this
     * grammar: well formed, known, not repeated, allowed value, every base metric present and,
     * where the version demands it, in specification order.
     *
     * @param vector the whole vector, for the error message
     * @param body the vector without its version prefix
     * @return metric name to value, in the order the vector lists them
     */
    Map<String, String> parse(String vector, String body) throws InvalidCvssException {
        if (body.isEmpty()) {
            throw new InvalidCvssException(vector, "no metrics after the version prefix");
        }
        Map<String, String> metrics = new LinkedHashMap<>();
        int lastPosition = -1;
        String[] parts = body.split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            int colon = part.indexOf(':');
            if (colon <= 0 || colon == part.length() - 1 || part.indexOf(':', colon + 1) >= 0) {
                throw new InvalidCvssException(vector, part.isEmpty()
                        ? "empty metric at position " + (i + 1)
                        : "'" + part + "' is not of the form METRIC:VALUE");
            }
            String name = part.substring(0, colon);
            String value = part.substring(colon + 1);
            checkMetric(vector, metrics, name, value);
            int position = order.indexOf(name);
            if (fixedOrder && position < lastPosition) {
                throw new InvalidCvssException(vector, "metric " + name + " is out of order; "
                        + label + " lists metrics in the order " + String.join(", ", order));
            }
            lastPosition = position;
            metrics.put(name, value);
        }
        checkBaseMetricsPresent(vector, metrics);
        return metrics;
    }

    private void checkMetric(String vector, Map<String, String> seen, String name, String value)
            throws InvalidCvssException {
        List<String> allowed = values.get(name);
        if (allowed == null) {
            throw new InvalidCvssException(vector, "unknown " + label + " metric '" + name + "'");
        }
        if (seen.containsKey(name)) {
            throw new InvalidCvssException(vector, "metric " + name + " appears more than once");
        }
        if (!allowed.contains(value)) {
            throw new InvalidCvssException(vector, "metric " + name + " has invalid value '"
                    + value + "' (allowed: " + String.join(", ", allowed) + ")");
        }
    }

    private void checkBaseMetricsPresent(String vector, Map<String, String> metrics)
            throws InvalidCvssException {
        List<String> missing = new ArrayList<>();
        for (String base : baseMetrics) {
            if (!metrics.containsKey(base)) {
                missing.add(base);
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidCvssException(vector, "missing mandatory " + label + " metric"
                    + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing));
        }
    }

    /** Collects metric definitions in specification order. */
    static final class Builder {

        private final String label;
        private final Map<String, List<String>> values = new LinkedHashMap<>();
        private final List<String> baseMetrics = new ArrayList<>();
        private boolean fixedOrder;

        private Builder(String label) {
            this.label = label;
        }

        Builder base(String name, String... allowed) {
            baseMetrics.add(name);
            return optional(name, allowed);
        }

        Builder optional(String name, String... allowed) {
            values.put(name, List.of(allowed));
            return this;
        }

        Builder fixedOrder() {
            this.fixedOrder = true;
            return this;
        }

        CvssGrammar build() {
            return new CvssGrammar(this);
        }
    }
}
