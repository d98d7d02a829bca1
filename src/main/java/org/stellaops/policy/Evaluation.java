// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.stellaops.work.Chunks;

/**
 * One call of {@link PolicyEngine#evaluate}: the per-scan values (reference time, which ignore
 * rules have expired, the {@code scan} CEL variable) computed once, then every finding decided
 * by {@link FindingDecider}, then the gates, then the warnings.
 */
final class Evaluation {

    /** Findings worth a chunk of their own when an evaluation is split over workers. */
    private static final int MIN_CHUNK = 256;

    private final Policy policy;
    private final List<CompiledRule> rules;
    private final List<CompiledGate> gates;
    private final Instant referenceTime;
    private final boolean[] expired;
    private final Map<String, Object> scanVariables;
    private final CelScan celScan;

    Evaluation(Policy policy, List<CompiledRule> rules, List<CompiledGate> gates,
            ScanFacts scan) {
        this.policy = policy;
        this.rules = rules;
        this.gates = gates;
        this.referenceTime = Times.parse(scan.referenceTime());
        this.scanVariables = CelVariables.forScan(scan, referenceTime);
        this.expired = new boolean[rules.size()];
        for (int i = 0; i < expired.length; i++) {
            expired[i] = rules.get(i).rule().expiredAt(referenceTime);
        }
        this.celScan = CelScan.of(scan, referenceTime);
    }

    /** One run of findings decided, with what its rules did. */
    private record Chunk(List<Subject> subjects, List<PolicyDecision> decisions,
            RuleTally tally) {
    }

    /**
     * Decides every finding, split over {@code workers} (null for none) when there are many;
     * each chunk has its own tally, merged in chunk order, so the result is the same.
     */
    PolicyResult run(List<FindingFacts> findings, Executor workers) {
        List<Chunk> chunks = Chunks.run(findings.size(), MIN_CHUNK, workers, (from, to) -> {
            RuleTally counts = new RuleTally(rules.size());
            FindingDecider decider = new FindingDecider(policy.match(), rules, expired,
                    scanVariables, celScan, counts);
            List<Subject> subjects = new ArrayList<>(to - from);
            List<PolicyDecision> decisions = new ArrayList<>(to - from);
            Map<String, Map<String, String>> vectors = new java.util.HashMap<>();
            for (FindingFacts facts : findings.subList(from, to)) {
                Subject subject = new Subject(facts, referenceTime, vectors);
                subjects.add(subject);
                decisions.add(decider.decide(subject));
            }
            return new Chunk(subjects, decisions, counts);
        });
        List<Subject> subjects = new ArrayList<>(findings.size());
        List<PolicyDecision> decisions = new ArrayList<>(findings.size());
        RuleTally tally = new RuleTally(rules.size());
        for (Chunk chunk : chunks) {
            subjects.addAll(chunk.subjects());
            decisions.addAll(chunk.decisions());
            tally.add(chunk.tally());
        }

        List<String> warnings = new ArrayList<>();
        if (referenceTime == null) {
            warnings.add("no usable reference time: advisory ages are unknown and every ignore "
                    + "rule with an expiry counts as expired");
        }
        tally.addWarnings(rules, findings.isEmpty(), warnings);
        List<GateResult> gateResults = GateChecker.check(gates, subjects, decisions,
                scanVariables, celScan, warnings);
        return new PolicyResult(policy.name(), policy.version(), policy.digest(), decisions,
                gateResults, warnings);
    }
}
