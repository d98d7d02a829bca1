// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stellaops.bench.VerdictPolicy;

/**
 * The fast path against cel-java's interpreter, the reference: every expression is evaluated
 * both ways over the same findings and scans and must give the same true, false or error.
 * 300 generated findings (see {@link CelSamples}) by 3 scans make 900 comparisons per rule;
 * a gate is compared over 31 windows of 10 findings (the last one empty) by 3 scans.
 */
class CelFastPathTest {

    private static final List<FindingFacts> FINDINGS = CelSamples.findings(300);
    private static final List<ScanFacts> SCANS = CelSamples.scans();

    private final CelDifferential differential = new CelDifferential();

    @Test
    void benchmarkPolicyRulesAndGatesAgreeWithTheInterpreter() throws PolicyException {
        Policy policy = PolicyLoader.parse("bench.yaml", VerdictPolicy.yaml("all"));
        List<String> rules = policy.rules().stream().map(PolicyRule::celExpression)
                .filter(cel -> cel != null).toList();
        assertThat(rules).hasSize(25);

        assertRulesAgree(rules, true);

        List<String> gates = policy.gates().stream().map(PolicyGate::celExpression).toList();
        assertThat(gates).hasSize(2);
        assertGatesAgree(gates);
        assertThat(differential.compared).isEqualTo(25 * 900 + 2 * 93);
    }

    @Test
    void writtenExpressionsAgreeWithTheInterpreter() throws PolicyException {
        assertRulesAgree(CelCorpus.WRITTEN_RULES, true);
        assertGatesAgree(CelCorpus.WRITTEN_GATES);
        assertThat(differential.compared).isEqualTo(CelCorpus.WRITTEN_RULES.size() * 900
                + CelCorpus.WRITTEN_GATES.size() * 93);
    }

    @Test
    void generatedExpressionsOverTheSubsetAgreeWithTheInterpreter() throws PolicyException {
        List<String> rules = CelCorpus.generatedRules();
        assertRulesAgree(rules, true);
        assertGatesAgree(CelCorpus.GENERATED_GATES);
        assertThat(differential.compared).isEqualTo(rules.size() * 900
                + CelCorpus.GENERATED_GATES.size() * 93);
    }

    @Test
    void comparingAnIntWithADoubleIsAlreadyACompileError() {
        // the checker has no mixed int/double overloads by default, so the fast path never
        // meets one; if that default changes these expressions need the differential test
        for (String cel : List.of("finding.ageDays > 1.5", "finding.score < 1",
                "finding.ageDays == 1.0", "finding.score in [1, 2]")) {
            assertThat(catchThrowable(() -> CelDifferential.rule(cel))).as(cel)
                    .isInstanceOf(PolicyException.class);
        }
    }

    @Test
    void expressionOutsideTheSubsetIsLeftToTheInterpreter() throws PolicyException {
        for (String cel : CelCorpus.INTERPRETED_RULES) {
            assertThat(CelDifferential.rule(cel).fastPathed()).as(cel).isFalse();
        }
        List<FindingFacts> findings = FINDINGS.subList(0, 40);
        for (String cel : CelCorpus.INTERPRETED_RULES) {
            PolicyResult result = TestFindings.evaluate(celRule(cel), TestFindings.SCAN,
                    findings.toArray(FindingFacts[]::new));
            CelProgram program = CelDifferential.rule(cel);
            for (int i = 0; i < findings.size(); i++) {
                Subject subject = new Subject(findings.get(i), Times.parse(
                        TestFindings.SCAN.referenceTime()));
                String expected = CelDifferential.interpreted(program, CelVariables.forRule(
                        subject, CelVariables.forScan(TestFindings.SCAN, Times.parse(
                                TestFindings.SCAN.referenceTime()))));
                String outcome = result.decisions().get(i).trace().get(0).result();
                assertThat(outcome).as(cel).isEqualTo(expected.equals("true") ? "matched"
                        : "not-matched");
            }
        }
    }

    @Test
    void errorOnTheFastPathIsReportedWithTheInterpretersMessage() throws PolicyException {
        String cel = "finding.score > 5.0 && finding.published > scan.referenceTime";
        FindingFacts unpublished = TestFindings.finding().published(null).build();
        CelProgram program = CelDifferential.rule(cel);
        assertThat(program.fastPathed()).isTrue();
        Subject subject = new Subject(unpublished, Times.parse("2026-06-01T00:00:00Z"));
        String message = catchThrowable(() -> program.interpret(CelVariables.forRule(subject,
                CelVariables.forScan(TestFindings.SCAN, Times.parse("2026-06-01T00:00:00Z")))))
                .getMessage();

        RuleEvaluation evaluation = TestFindings.decide(celRule(cel), unpublished).trace().get(0);

        assertThat(evaluation.result()).isEqualTo("not-matched");
        assertThat(evaluation.detail()).isEqualTo("error: " + message);
    }

    private void assertRulesAgree(List<String> expressions, boolean fast)
            throws PolicyException {
        List<String> disagreements = new ArrayList<>();
        for (String cel : expressions) {
            CelProgram program = CelDifferential.rule(cel);
            assertThat(program.fastPathed()).as(cel).isEqualTo(fast);
            String disagreement = differential.ruleDisagreement(cel, program, FINDINGS, SCANS);
            if (disagreement != null) {
                disagreements.add(disagreement);
            }
        }
        assertThat(disagreements).isEmpty();
    }

    private void assertGatesAgree(List<String> expressions) throws PolicyException {
        List<String> disagreements = new ArrayList<>();
        for (String cel : expressions) {
            CelProgram program = CelDifferential.gate(cel);
            assertThat(program.fastPathed()).as(cel).isTrue();
            String disagreement = differential.gateDisagreement(cel, program, FINDINGS, SCANS,
                    10);
            if (disagreement != null) {
                disagreements.add(disagreement);
            }
        }
        assertThat(disagreements).isEmpty();
    }

    private static String celRule(String cel) {
        return """
                apiVersion: stella.ops/policy/v1
                name: cel
                rules:
                  - id: cel-rule
                    cel: |-
                      %s
                    action: warn
                """.formatted(cel);
    }
}
