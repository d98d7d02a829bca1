// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.pipeline;

import java.util.List;
import java.util.Map;

/**
 * What a finished scan leaves behind: every report rendering, the counts a status page shows,
 * and how long each stage took.
 *
 * @param reports format name ({@link ReportSet#FORMATS}) to the rendered document, gzip
 * @param counts findings per severity level, every level present, highest first
 * @param snapshot the digest of the advisory snapshot the scan matched against
 */
public record ScanOutcome(
        Map<String, byte[]> reports,
        Map<String, Integer> counts,
        int findings,
        String snapshot,
        List<StageTiming> timings) {

    public ScanOutcome {
        reports = Map.copyOf(reports);
        timings = List.copyOf(timings);
    }
}
