// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.bench.server;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads values out of a Prometheus text exposition: the sum of every sample of a metric whose
 * labels contain a given fragment. Enough for gauges, counters and histogram sums; no parser
 * of the whole format.
 */
final class MetricsText {

    private MetricsText() {
    }

    /** Sum of the samples named {@code name} whose label set contains {@code labels}. */
    static double sum(String text, String name, String labels) {
        double total = 0;
        boolean found = false;
        for (String raw : text.split("\n")) {
            if (raw.startsWith("#") || !raw.startsWith(name)) {
                continue;
            }
            // OpenMetrics exemplars follow the value: "... 1.0 # {span_id=...} 1.0 TIME"
            int exemplar = raw.indexOf(" # ");
            String line = exemplar > 0 ? raw.substring(0, exemplar) : raw;
            int space = line.lastIndexOf(' ');
            String series = line.substring(0, space);
            boolean sameName = series.equals(name) || series.startsWith(name + "{");
            if (!sameName || (!labels.isEmpty() && !series.contains(labels))) {
                continue;
            }
            total += Double.parseDouble(line.substring(space + 1));
            found = true;
        }
        return found ? total : Double.NaN;
    }

    static double sum(String text, String name) {
        return sum(text, name, "");
    }

    /** The values of one label over the samples of a metric, in order of appearance. */
    static Set<String> labelValues(String text, String name, String label) {
        Set<String> values = new LinkedHashSet<>();
        Matcher m = Pattern.compile("(?m)^"
                + Pattern.quote(name) + "\\{[^}]*" + label + "=\"([^\"]*)\"")
                .matcher(text);
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }
}
