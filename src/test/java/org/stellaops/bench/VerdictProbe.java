// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.bench;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.function.Supplier;
import org.stellaops.report.JsonReport;

/**
 * The verdict benchmark's parts on one thread, measured in what load does not change: bytes
 * allocated per scan (the thread's own counter, exact) and CPU time per scan (the thread's
 * own clock: other processes on the machine slow it only through caches). A quick check
 * between two versions of the stage on a busy machine, where JMH's wall-clock samples are
 * mostly the neighbours; the figure of record stays {@link VerdictBenchmark}. {@code withJson}
 * is the stage followed by the JSON report, for a version that moves work into the report.
 *
 * <p>Usage: {@code VerdictProbe [RUNS]}, default 400 measured runs after as many to warm up.
 */
public final class VerdictProbe {

    private VerdictProbe() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (String match : new String[] {"first", "all"}) {
            VerdictBenchmark bench = new VerdictBenchmark();
            bench.match = match;
            bench.findings = 1000;
            bench.statements = 1000;
            bench.prepare();
            try {
                probe(threads, match, "vexAndPolicy", runs, bench::vexAndPolicy);
                probe(threads, match, "vexOnly", runs, bench::vexOnly);
                probe(threads, match, "policyOnly", runs, bench::policyOnly);
                // what a JSON report adds: it words every trace line the stage left unworded
                probe(threads, match, "withJson", runs,
                        () -> JsonReport.render(bench.vexAndPolicy()));
            } finally {
                bench.stopWorkers();
            }
        }
    }

    private static void probe(ThreadMXBean threads, String match, String name, int runs,
            Supplier<?> op) {
        for (int i = 0; i < runs; i++) {
            op.get();
        }
        long[] cpu = new long[runs];
        long bytes = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < runs; i++) {
            long start = threads.getCurrentThreadCpuTime();
            op.get();
            cpu[i] = threads.getCurrentThreadCpuTime() - start;
        }
        bytes = threads.getCurrentThreadAllocatedBytes() - bytes;
        Arrays.sort(cpu);
        System.out.printf("%-13s %-5s bytes/op %,10d  cpu ms p50 %.2f p95 %.2f%n", name, match,
                bytes / runs, cpu[runs / 2] / 1e6, cpu[runs * 95 / 100] / 1e6);
    }
}
