// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.stellaops.db.AdvisoryDatabase;
import org.stellaops.match.PackageMatcher;

/**
 * Matching throughput on the package mix real SBOMs hold, beside {@link MatchBenchmark}'s
 * worst case (every purl a version at a range boundary of some advisory). The list is
 * {@code WORK/sbom-purls.txt} from {@code org.stellaops.scan.CorpusSbomPurls}: the distinct
 * purls of the corpus SBOMs (npm, rpm, Go, Maven, deb, Composer, RubyGems, PyPI...), as a scan
 * decides them, matched against the whole corpus snapshot {@code WORK/db-1x}. One invocation is
 * a pass over the first {@value #PACKAGES}, so scores are packages per second, one thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
public class SbomMixBenchmark {

    static final int PACKAGES = 9_000;

    @Param("benchmarks/work")
    public String work;

    private PackageMatcher matcher;
    private String[] purls;

    @Setup
    public void openSnapshot() throws Exception {
        Path dir = Path.of(work);
        matcher = new PackageMatcher(new AdvisoryDatabase(dir.resolve("db-1x"), 1).open(null));
        List<String> list = Files.readAllLines(dir.resolve("sbom-purls.txt"));
        if (list.size() < PACKAGES) {
            throw new IllegalStateException("sbom-purls.txt holds " + list.size()
                    + " purls, fewer than " + PACKAGES);
        }
        purls = list.subList(0, PACKAGES).toArray(String[]::new);
    }

    @Benchmark
    @OperationsPerInvocation(PACKAGES)
    public void matchSbomPackage(Blackhole results) {
        for (String purl : purls) {
            results.consume(matcher.matchFindings(purl));
        }
    }
}
