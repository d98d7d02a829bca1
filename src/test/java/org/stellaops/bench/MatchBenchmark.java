// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.bench;

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
import org.stellaops.db.Snapshot;
import org.stellaops.match.PackageMatcher;
import org.stellaops.match.PackageQuery;
import org.stellaops.match.PurlMapping;
import org.stellaops.match.UnmappablePurlException;

/**
 * Single-thread matching throughput over the list of real package versions drawn by
 * {@link CorpusPurls} ({@value #PACKAGES} purls), against the snapshot of the corpus imported
 * {@code scale} times over (see {@link FeedReplicator}; the database is
 * {@code WORK/db-<scale>x}, the list {@code WORK/purls.txt}, spread over the copies by
 * {@link PurlLists}). One invocation is one pass over the whole list and counts as
 * {@value #PACKAGES} operations, so the scores are packages per second and every iteration
 * sees the same mix of cheap and expensive packages.
 *
 * <ul>
 *   <li>{@code matchPackage}: {@link PackageMatcher#matchFindings(String)}, everything a scan
 *       does per package: purl parsing and mapping, coverage, lookup, range evaluation,
 *       findings. One matcher serves every pass, so its prepared entries (events parsed
 *       and sorted per package name) and the parsed versions are warm after the first: what
 *       a long-lived server gets.
 *   <li>{@code matchPackageFreshMatcher}: the same with a new matcher for every pass, so each
 *       pass decodes and prepares every entry again: what one {@code stella scan} gets,
 *       except that parsed versions are shared JVM-wide and stay warm across passes.
 *   <li>{@code lookupPackage}: {@link Snapshot#lookup} alone, with the purls mapped in
 *       setup: the cost of the index itself, which is what grows with the feed.
 *   <li>{@code matchAbsentPackage}: the same purls with a name no advisory has, which is what
 *       most packages of a real SBOM are: the floor of the per-package cost.
 * </ul>
 *
 * <p>Run from the test classpath: {@code java -cp ... org.openjdk.jmh.Main MatchBenchmark
 * -p scale=1,4,16 -p work=benchmarks/work} (benchmarks/core.sh does).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class MatchBenchmark {

    static final int PACKAGES = 20_000;

    @Param("1")
    public int scale;

    @Param("benchmarks/work")
    public String work;

    private PackageMatcher matcher;
    private String[] purls;
    private String[] absent;
    private PackageQuery[] queries;

    @Setup
    public void openSnapshot() throws Exception {
        Path dir = Path.of(work);
        Snapshot snapshot = new AdvisoryDatabase(dir.resolve("db-" + scale + "x"), 1).open(null);
        matcher = new PackageMatcher(snapshot);
        List<String> list = PurlLists.read(dir.resolve("purls.txt"), scale);
        if (list.size() < PACKAGES) {
            throw new IllegalStateException(dir.resolve("purls.txt") + " holds " + list.size()
                    + " purls, fewer than " + PACKAGES);
        }
        purls = list.subList(0, PACKAGES).toArray(String[]::new);
        absent = new String[PACKAGES];
        queries = new PackageQuery[PACKAGES];
        for (int i = 0; i < PACKAGES; i++) {
            absent[i] = Replicas.renamePurl(purls[i], "-absent");
            queries[i] = mapped(purls[i]);
        }
    }

    private static PackageQuery mapped(String purl) {
        try {
            return PurlMapping.map(purl);
        } catch (UnmappablePurlException e) {
            throw new IllegalStateException("benchmark list holds an unmappable purl", e);
        }
    }

    @Benchmark
    @OperationsPerInvocation(PACKAGES)
    public void matchPackage(Blackhole results) {
        for (String purl : purls) {
            results.consume(matcher.matchFindings(purl));
        }
    }

    @Benchmark
    @OperationsPerInvocation(PACKAGES)
    public void matchPackageFreshMatcher(Blackhole results) {
        PackageMatcher fresh = new PackageMatcher(matcher.snapshot());
        for (String purl : purls) {
            results.consume(fresh.matchFindings(purl));
        }
    }

    @Benchmark
    @OperationsPerInvocation(PACKAGES)
    public void matchAbsentPackage(Blackhole results) {
        for (String purl : absent) {
            results.consume(matcher.matchFindings(purl));
        }
    }

    @Benchmark
    @OperationsPerInvocation(PACKAGES)
    public void lookupPackage(Blackhole results) {
        Snapshot snapshot = matcher.snapshot();
        for (PackageQuery query : queries) {
            results.consume(snapshot.lookup(query.family(), query.names().get(0)));
        }
    }
}
