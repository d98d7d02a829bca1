// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.stellaops.db.AdvisoryDatabase;
import org.stellaops.db.Snapshot;
import org.stellaops.match.PackageMatcher;
import org.stellaops.match.PackageResult;

/**
 * Times opening the current snapshot of a database and matching one package, in a fresh JVM:
 * what a command-line scan pays before its first answer. Reports the JVM's own start-up (from
 * process start to {@code main}), the open ({@link AdvisoryDatabase#open}: manifest read, both
 * files mapped), the first match (matcher built, purl mapped, key looked up, ranges evaluated,
 * all with cold classes) and then the median of further opens and first matches in the same
 * JVM, which is what a server pays when a new snapshot arrives.
 *
 * <p>Usage: {@code OpenProbe DB PURL WARM_RUNS}. Prints one line of {@code key=value} pairs
 * (ms).
 */
public final class OpenProbe {

    private OpenProbe() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        AdvisoryDatabase db = new AdvisoryDatabase(Path.of(args[0]), 1);
        String purl = args[1];
        int warm = Integer.parseInt(args[2]);

        Snapshot snapshot = db.open(null);
        long opened = System.nanoTime();
        PackageResult first = new PackageMatcher(snapshot).match(purl);
        long matched = System.nanoTime();

        double[] opens = new double[warm];
        double[] matches = new double[warm];
        for (int i = 0; i < warm; i++) {
            long t0 = System.nanoTime();
            Snapshot again = db.open(null);
            long t1 = System.nanoTime();
            new PackageMatcher(again).match(purl);
            opens[i] = (t1 - t0) / 1e6;
            matches[i] = (System.nanoTime() - t1) / 1e6;
        }
        long inMain = (System.nanoTime() - start) / 1_000_000;
        long toMain = ManagementFactory.getRuntimeMXBean().getUptime() - inMain;
        System.out.println(String.format(Locale.ROOT, "open jvm_to_main_ms=%d open_ms=%.1f "
                        + "first_match_ms=%.1f findings=%d warm_open_median_ms=%.2f "
                        + "warm_match_median_ms=%.3f advisories=%d", toMain,
                (opened - start) / 1e6, (matched - opened) / 1e6, first.findings().size(),
                median(opens), median(matches), snapshot.advisoryCount()));
    }

    private static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
