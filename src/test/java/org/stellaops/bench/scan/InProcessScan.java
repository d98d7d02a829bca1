// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.bench.scan;

import java.util.Arrays;
import org.stellaops.cli.StellaMain;

/**
 * Times parse + match + report in one JVM, exactly as the command line does it: each call is
 * {@code stella scan --format json --output /dev/null FILE}, snapshot opening included. The
 * first call is what a command-line user gets (cold classes, cold JIT); the warm calls show
 * what a long-lived process such as the server gets.
 *
 * <p>Usage: {@code InProcessScan DB WARM_CALLS FILE}. Prints one line:
 * {@code file first_ms warm_median_ms warm_p90_ms exit}.
 */
public final class InProcessScan {

    private InProcessScan() {
    }

    public static void main(String[] args) {
        String db = args[0];
        int warm = Integer.parseInt(args[1]);
        String file = args[2];
        String[] scan = {"scan", "--db", db, "--format", "json", "--output", "/dev/null", file};
        long start = System.nanoTime();
        int exit = StellaMain.run(scan);
        double first = (System.nanoTime() - start) / 1e6;
        double[] times = new double[warm];
        for (int i = 0; i < warm; i++) {
            long t = System.nanoTime();
            StellaMain.run(scan);
            times[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(times);
        double median = warm == 0 ? Double.NaN : times[warm / 2];
        double p90 = warm == 0 ? Double.NaN : times[Math.min(warm - 1, (int) (warm * 0.9))];
        System.out.printf("%s %.1f %.1f %.1f %d%n", file, first, median, p90, exit);
    }
}
