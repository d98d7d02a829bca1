// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.bench.server;

import java.util.Arrays;
import java.util.Locale;

/**
 * Latencies in nanoseconds, recorded from any thread, and their percentiles by nearest rank
 * (P95 of 200 samples is the 190th smallest): no interpolation, so every figure printed is a
 * latency some request actually had.
 */
final class Latencies {

    private long[] samples = new long[1024];
    private int count;

    synchronized void add(long nanos) {
        if (count == samples.length) {
            samples = Arrays.copyOf(samples, count * 2);
        }
        samples[count++] = nanos;
    }

    synchronized int count() {
        return count;
    }

    /** The p-th percentile in milliseconds (0 < p <= 100), NaN when nothing was recorded. */
    synchronized double percentileMs(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * count);
        return sorted[Math.max(0, Math.min(count, rank) - 1)] / 1e6;
    }

    synchronized double maxMs() {
        return count == 0 ? Double.NaN : Arrays.stream(samples, 0, count).max().getAsLong() / 1e6;
    }

    /** {@code PREFIX_p50_ms=… PREFIX_p95_ms=… PREFIX_p99_ms=… PREFIX_max_ms=… PREFIX_n=…} */
    String summary(String prefix) {
        return String.format(Locale.ROOT, "%1$s_p50_ms=%2$.2f %1$s_p95_ms=%3$.2f "
                + "%1$s_p99_ms=%4$.2f %1$s_max_ms=%5$.2f %1$s_n=%6$d", prefix,
                percentileMs(50), percentileMs(95), percentileMs(99), maxMs(), count());
    }
}
