// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.stellaops.policy.Policy;
import org.stellaops.policy.PolicyEngine;
import org.stellaops.policy.PolicyLoader;
import org.stellaops.policy.PolicyResult;
import org.stellaops.policy.ScanFacts;
import org.stellaops.report.JsonReport;
import org.stellaops.scan.ScanVerdict;
import org.stellaops.scan.VerdictStage;
import org.stellaops.vex.ScanSubject;
import org.stellaops.vex.VexAssessment;
import org.stellaops.vex.VexConsensus;

/**
 * The verdict benchmark's inputs are what its documentation says, and its two halves decide
 * exactly as the whole stage does, so their times add up to a real stage's work.
 */
class VerdictInputsTest {

    private final VerdictScan scan = new VerdictScan(VerdictBenchmark.SEED, 1000);
    private final VerdictVex vex = new VerdictVex(VerdictBenchmark.SEED + 1, scan, 1000);

    @Test
    void policyHasFiftyRulesAndTwoGatesInBothModes() throws Exception {
        for (String match : List.of("first", "all")) {
            Policy policy = PolicyLoader.parse("policy.yaml", VerdictPolicy.yaml(match));
            assertThat(policy.rules()).hasSize(50);
            assertThat(policy.gates()).hasSize(2);
            assertThat(policy.match().name()).isEqualToIgnoringCase(match);
        }
    }

    @Test
    void scanAndVexHaveTheAdvertisedMix() {
        VexAssessment assessment = assess();

        assertThat(scan.findings).hasSize(1000);
        assertThat(vex.evidence.statements()).hasSize(1000);
        // 400 name absent vulnerabilities; of the 600 about findings, a few name a product
        // the finding's package is not (a bom-ref or image claim is always about it)
        assertThat(assessment.unmatched()).hasSizeBetween(400, 450);
        assertThat(assessment.outcomes()).filteredOn(o -> o.winner() != null)
                .hasSizeBetween(350, 600);
        assertThat(assessment.outcomes()).filteredOn(o -> o.considered().size() > 1)
                .hasSizeGreaterThan(50);
        assertThat(assessment.warnings()).isNotEmpty();
    }

    @Test
    void halvesDecideAsTheWholeStage() throws Exception {
        PolicyEngine policy = PolicyEngine.compile(PolicyLoader.parse("policy.yaml",
                VerdictPolicy.yaml("all")));
        ScanVerdict whole = new VerdictStage(vex.evidence, policy, scan.publishedOf::get)
                .apply(scan.result).verdict();

        VexAssessment assessment = assess();
        PolicyResult decided = policy.evaluate(VerdictFacts.factsOf(scan,
                assessment.outcomes()), new ScanFacts(VerdictScan.REFERENCE_TIME, "image",
                VerdictScan.IMAGE_REF, VerdictScan.IMAGE_DIGEST, "sha256:feedfacecafe",
                "2026-05-31"));

        assertThat(assessment.outcomes()).isEqualTo(whole.assessment().outcomes());
        assertThat(decided.decisions()).isEqualTo(whole.policy().decisions());
        assertThat(decided.gates()).isEqualTo(whole.policy().gates());
    }

    @Test
    void splittingOverWorkersChangesNoByteOfTheReport() throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(4);
        try {
            for (String match : List.of("first", "all")) {
                PolicyEngine policy = PolicyEngine.compile(PolicyLoader.parse("policy.yaml",
                        VerdictPolicy.yaml(match)));
                String alone = JsonReport.render(new VerdictStage(vex.evidence, policy,
                        scan.publishedOf::get).apply(scan.result));
                String split = JsonReport.render(new VerdictStage(vex.evidence, policy,
                        scan.publishedOf::get, workers).apply(scan.result));

                assertThat(split).isEqualTo(alone);
                assertThat(alone).contains("\"role\": \"contradicted\"", "\"action\": \"block\"");
            }
        } finally {
            workers.shutdownNow();
        }
    }

    private VexAssessment assess() {
        return new VexConsensus(vex.evidence.trust()).assess(vex.evidence.statements(),
                VerdictFacts.targetsOf(scan), new ScanSubject(VerdictScan.IMAGE_DIGEST,
                        VerdictScan.IMAGE_REF, List.of()),
                Instant.parse(VerdictScan.REFERENCE_TIME));
    }
}
