// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.bench.server;

import java.util.Locale;

/**
 * Where the server's time went between two scrapes of /metrics: the mean of each scan stage
 * ({@code stella_stage_duration_seconds}, by stage), the collector's pauses
 * ({@code jvm_gc_pause_seconds}) and the server's own time per request of a route
 * ({@code http_server_requests_seconds}), from the differences of their sums and counts.
 */
final class StageTimes {

    private static final String STAGE = "stella_stage_duration_seconds";
    private static final String GC = "jvm_gc_pause_seconds";
    private static final String HTTP = "http_server_requests_seconds";

    private StageTimes() {
    }

    /** {@code stage_NAME_mean_ms=… … gc_pauses=… gc_pause_total_ms=… gc_pause_mean_ms=…} */
    static String between(String before, String after) {
        StringBuilder out = new StringBuilder();
        for (String stage : MetricsText.labelValues(after, STAGE + "_count", "stage")) {
            String label = "stage=\"" + stage + "\"";
            double count = delta(before, after, STAGE + "_count", label);
            double sum = delta(before, after, STAGE + "_sum", label);
            out.append(String.format(Locale.ROOT, "stage_%s_mean_ms=%.1f ", stage,
                    count > 0 ? sum / count * 1000 : Double.NaN));
        }
        double pauses = delta(before, after, GC + "_count", "");
        double paused = delta(before, after, GC + "_sum", "");
        out.append(String.format(Locale.ROOT, "gc_pauses=%.0f gc_pause_total_ms=%.0f "
                + "gc_pause_mean_ms=%.1f", pauses, paused * 1000,
                pauses > 0 ? paused / pauses * 1000 : Double.NaN));
        return out.toString();
    }

    /** {@code server_mean_ms=…}: the server's own mean time for requests to one route. */
    static String serverMean(String before, String after, String uri) {
        String label = "uri=\"" + uri + "\"";
        double count = delta(before, after, HTTP + "_count", label);
        double sum = delta(before, after, HTTP + "_sum", label);
        return String.format(Locale.ROOT, "server_mean_ms=%.2f",
                count > 0 ? sum / count * 1000 : Double.NaN);
    }

    private static double delta(String before, String after, String name, String labels) {
        double was = MetricsText.sum(before, name, labels);
        return MetricsText.sum(after, name, labels) - (Double.isNaN(was) ? 0 : was);
    }
}
