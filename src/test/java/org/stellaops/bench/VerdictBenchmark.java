// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.stellaops.policy.FindingFacts;
import org.stellaops.policy.PolicyEngine;
import org.stellaops.policy.PolicyLoader;
import org.stellaops.policy.PolicyResult;
import org.stellaops.policy.ScanFacts;
import org.stellaops.scan.ScanResult;
import org.stellaops.scan.VerdictStage;
import org.stellaops.vex.ScanSubject;
import org.stellaops.vex.VexAssessment;
import org.stellaops.vex.VexConsensus;
import org.stellaops.vex.VexTarget;

/**
 * Time of the VEX/policy stage for one scan (issue: P95 at most 5 ms for 1,000 findings, 50
 * rules and 1,000 VEX statements). {@code vexAndPolicy} is the whole {@link VerdictStage} on
 * one thread; {@code vexAndPolicySplit} the same with the findings split over a pool of one
 * worker per core, as the server and the command line run it (the figure);
 * {@code vexOnly} is the consensus over prepared targets, {@code policyOnly} the policy over
 * prepared facts, to tell which half the time goes to. The inputs are
 * {@link VerdictScan}, {@link VerdictVex} and {@link VerdictPolicy}, from fixed seeds; the
 * policy is compiled once, in setup, as the server keeps a compiled policy.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 4)
public class VerdictBenchmark {

    static final long SEED = 20261204L;

    @Param({"first", "all"})
    public String match;

    @Param("1000")
    public int findings;

    @Param("1000")
    public int statements;

    private ScanResult scan;
    private VerdictStage stage;
    private VerdictStage splitStage;
    private ExecutorService workers;
    private VerdictVex vex;
    private PolicyEngine policy;
    private List<VexTarget> targets;
    private ScanSubject subject;
    private List<FindingFacts> facts;
    private ScanFacts scanFacts;

    @Setup
    public void prepare() throws Exception {
        VerdictScan synthetic = new VerdictScan(SEED, findings);
        scan = synthetic.result;
        vex = new VerdictVex(SEED + 1, synthetic, statements);
        policy = PolicyEngine.compile(PolicyLoader.parse("checkout-policy.yaml",
                VerdictPolicy.yaml(match)));
        stage = new VerdictStage(vex.evidence, policy, synthetic.publishedOf::get);
        // as the server runs it: findings split over a bounded pool of one worker per core
        workers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        splitStage = new VerdictStage(vex.evidence, policy, synthetic.publishedOf::get,
                workers);
        subject = new ScanSubject(VerdictScan.IMAGE_DIGEST, VerdictScan.IMAGE_REF, List.of());
        targets = VerdictFacts.targetsOf(synthetic);
        VexAssessment assessment = vexOnly();
        facts = VerdictFacts.factsOf(synthetic, assessment.outcomes());
        scanFacts = new ScanFacts(VerdictScan.REFERENCE_TIME, "image", VerdictScan.IMAGE_REF,
                VerdictScan.IMAGE_DIGEST, "sha256:feedfacecafe", "2026-05-31");
        describe(assessment, policyOnly());
    }

    @Benchmark
    public ScanResult vexAndPolicy() {
        return stage.apply(scan);
    }

    /** The whole stage with a worker pool, as the server and the command line run it. */
    @Benchmark
    public ScanResult vexAndPolicySplit() {
        return splitStage.apply(scan);
    }

    @TearDown
    public void stopWorkers() {
        workers.shutdownNow();
    }

    @Benchmark
    public VexAssessment vexOnly() {
        return new VexConsensus(vex.evidence.trust()).assess(vex.evidence.statements(), targets,
                subject, Instant.parse(VerdictScan.REFERENCE_TIME));
    }

    @Benchmark
    public PolicyResult policyOnly() {
        return policy.evaluate(facts, scanFacts);
    }

    /** What the inputs came to, on standard error, so a reader can check they are realistic. */
    private void describe(VexAssessment assessment, PolicyResult decided) {
        long withVex = assessment.outcomes().stream().filter(o -> o.winner() != null).count();
        long contested = assessment.outcomes().stream()
                .filter(o -> o.considered().size() > 1).count();
        List<String> actions = new ArrayList<>();
        decided.decisions().forEach(d -> actions.add(d.action() == null ? "none"
                : d.action().wire()));
        System.err.printf("verdict inputs: findings=%d statements=%d unmatched=%d"
                        + " findings_with_vex=%d with_several_statements=%d vex_warnings=%d"
                        + " actions=%s gates_passed=%s%n",
                scan.report().findings().size(), vex.evidence.statements().size(),
                assessment.unmatched().size(), withVex, contested,
                assessment.warnings().size(), tally(actions), decided.gatesPassed());
    }

    private static String tally(List<String> words) {
        java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
        words.forEach(w -> counts.merge(w, 1, Integer::sum));
        return counts.toString().replace(" ", "");
    }
}
