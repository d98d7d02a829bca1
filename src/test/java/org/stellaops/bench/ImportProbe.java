// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.stellaops.db.AdvisoryDatabase;
import org.stellaops.feed.FeedImport;
import org.stellaops.feed.FeedImporter;
import org.stellaops.feed.ImportOptions;
import org.stellaops.feed.ZipLimits;

/**
 * Times an import inside one JVM, as {@code stella db import} runs it ({@link FeedImporter}
 * reading with the default limits on as many threads as there are cores, then
 * {@link AdvisoryDatabase#install}), without the JVM start and the command line around it.
 * Every run installs into a fresh database (the folder is deleted first), since installing
 * content that is already there skips the writing; the last run's database is left in place
 * for the benchmarks that follow. The first run is what a command-line import gets; later runs
 * show the warmed-up speed.
 *
 * <p>Also reports the heap: the peak live set over all runs (see {@link HeapWatch}) and what
 * the finished {@link FeedImport} alone holds, measured after a full collection while it is
 * still referenced.
 *
 * <p>Usage: {@code ImportProbe RUNS DB INPUT...}. Prints one line of {@code key=value} pairs
 * (times in ms, heap in MiB).
 */
public final class ImportProbe {

    private ImportProbe() {
    }

    public static void main(String[] args) throws Exception {
        HeapWatch heap = new HeapWatch();
        int runs = Integer.parseInt(args[0]);
        Path db = Path.of(args[1]);
        List<Path> inputs = Arrays.stream(args).skip(2).map(Path::of).toList();
        ImportOptions options = new ImportOptions(false, ZipLimits.DEFAULT);
        double[] read = new double[runs];
        double[] install = new double[runs];
        long retained = 0;
        int advisories = 0;
        for (int run = 0; run < runs; run++) {
            WorkFiles.deleteTree(db);
            long start = System.nanoTime();
            FeedImport feed = new FeedImporter(options).read(inputs);
            long readDone = System.nanoTime();
            new AdvisoryDatabase(db, 1).install(feed);
            long end = System.nanoTime();
            read[run] = (readDone - start) / 1e6;
            install[run] = (end - readDone) / 1e6;
            if (run == 0) {
                retained = heap.collect();
            }
            // read after the collection, so the feed is still reachable while it runs
            advisories = feed.advisories().size();
        }
        System.out.println(String.format(Locale.ROOT, "import advisories=%d runs=%d "
                        + "first_ms=%.0f first_read_ms=%.0f first_install_ms=%.0f "
                        + "warm_median_ms=%.0f peak_live_mib=%s feed_retained_mib=%s "
                        + "threads=%d", advisories, runs, read[0] + install[0], read[0],
                install[0], warmMedian(read, install), HeapWatch.mib(heap.peakLive()),
                HeapWatch.mib(retained), options.threads()));
    }

    /** Median of runs after the first; NaN with a single run. */
    private static double warmMedian(double[] read, double[] install) {
        List<Double> totals = new ArrayList<>();
        for (int i = 1; i < read.length; i++) {
            totals.add(read[i] + install[i]);
        }
        totals.sort(null);
        return totals.isEmpty() ? Double.NaN : totals.get(totals.size() / 2);
    }
}
