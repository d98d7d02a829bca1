// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.stellaops.db.AdvisoryDatabase;
import org.stellaops.match.PackageMatcher;
import org.stellaops.match.ScanMatcher;
import org.stellaops.match.ScanReport;

/**
 * Matches a whole purl list with {@link ScanMatcher} while holding the snapshot open, as a scan
 * does, and reports the heap it needed: the peak live set (see {@link HeapWatch}) and what is
 * still in use after a full collection with the snapshot and the last report held. Run under a
 * small {@code -Xmx}, it tells whether a scan fits that heap. The scan is repeated to report a
 * warm time as well; every repetition builds its report from scratch.
 *
 * <p>Usage: {@code ScanProbe DB PURLS COPIES RUNS} (COPIES as for {@link PurlLists}). Prints
 * one line of {@code key=value} pairs (ms, MiB, packages per second).
 */
public final class ScanProbe {

    private ScanProbe() {
    }

    public static void main(String[] args) throws Exception {
        HeapWatch heap = new HeapWatch();
        AdvisoryDatabase db = new AdvisoryDatabase(Path.of(args[0]), 1);
        List<String> purls = PurlLists.read(Path.of(args[1]), Integer.parseInt(args[2]));
        int runs = Math.max(1, Integer.parseInt(args[3]));

        long start = System.nanoTime();
        PackageMatcher matcher = new PackageMatcher(db.open(null));
        double openMs = (System.nanoTime() - start) / 1e6;
        double[] times = new double[runs];
        ScanReport report = null;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            report = new ScanMatcher(matcher).scan("bench", purls);
            times[i] = (System.nanoTime() - t0) / 1e6;
        }
        long retained = heap.collect();
        double warm = runs == 1 ? times[0] : median(Arrays.copyOfRange(times, 1, runs));
        System.out.println(String.format(Locale.ROOT, "scan packages=%d findings=%d "
                        + "not_covered=%d unknowns=%d open_ms=%.1f first_scan_ms=%.0f "
                        + "warm_scan_ms=%.0f warm_packages_per_s=%.0f peak_live_mib=%s "
                        + "retained_mib=%s", report.packages(), report.findings().size(),
                report.notCovered().size(), report.unknowns().size(), openMs, times[0], warm,
                purls.size() / (warm / 1000), HeapWatch.mib(heap.peakLive()),
                HeapWatch.mib(retained)));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
