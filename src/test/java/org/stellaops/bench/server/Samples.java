// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.bench.server;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Values of one gauge sampled over a run, with their maximum and nearest-rank percentiles. */
final class Samples {

    private final List<Double> values = new ArrayList<>();

    synchronized void add(double value) {
        if (!Double.isNaN(value)) {
            values.add(value);
        }
    }

    synchronized int count() {
        return values.size();
    }

    synchronized double max() {
        return values.isEmpty() ? Double.NaN : Collections.max(values);
    }

    synchronized double percentile(double p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size(), rank) - 1));
    }
}
