// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.stellaops.policy.TestFindings.SCAN;
import static org.stellaops.policy.TestFindings.decide;
import static org.stellaops.policy.TestFindings.evaluate;
import static org.stellaops.policy.TestFindings.finding;

import org.junit.jupiter.api.Test;
import org.stellaops.severity.SeverityLevel;

/** CEL in rules and gates: results, compile errors at their place in the file, run-time errors. */
class CelPolicyTest {

    private static String celRule(String cel) {
        return """
                apiVersion: stella.ops/policy/v1
                name: cel
                rules:
                  - id: cel-rule
                    cel: %s
                    action: warn
                """.formatted(cel);
    }

    private static PolicyException compileError(String yaml) {
        return catchThrowableOfType(PolicyException.class,
                () -> PolicyEngine.compile(PolicyLoader.parse("policy.yaml", yaml)));
    }

    @Test
    void celRuleTrueMatches() throws PolicyException {
        RuleEvaluation evaluation = decide(celRule(
                "'finding.severity == \"high\" && pkg.ecosystem == \"npm\"'"), finding().build())
                .trace().get(0);
        assertThat(evaluation.result()).isEqualTo("matched");
        assertThat(evaluation.detail()).isEqualTo("cel true");
    }

    @Test
    void celRuleFalseDoesNotMatch() throws PolicyException {
        RuleEvaluation evaluation = decide(celRule("'finding.score >= 9.0'"), finding().build())
                .trace().get(0);
        assertThat(evaluation.result()).isEqualTo("not-matched");
        assertThat(evaluation.detail()).isEqualTo("cel false");
    }

    @Test
    void celAndWhenMustBothHold() throws PolicyException {
        String yaml = """
                apiVersion: stella.ops/policy/v1
                name: cel
                rules:
                  - id: both
                    when: {severity: [high]}
                    cel: vex.status == "affected" && finding.fixed.exists(v, v.startsWith("4."))
                    action: block
                """;
        assertThat(decide(yaml, finding().build()).action()).isEqualTo(PolicyAction.BLOCK);
        assertThat(decide(yaml, finding().severity(SeverityLevel.LOW).build()).action()).isNull();
        assertThat(decide(yaml, finding().vex("fixed", null).build()).action()).isNull();
    }

    @Test
    void celSeesAgesTimesAndTheScan() throws PolicyException {
        String yaml = """
                apiVersion: stella.ops/policy/v1
                name: cel
                rules:
                  - id: cel-rule
                    cel: >-
                      finding.ageDays == 151 && finding.fixAgeDays == 151
                      && finding.published < scan.referenceTime
                      && scan.targetKind == "image" && pkg.layers == ["sha256:layer1"]
                    action: warn
                """;
        assertThat(decide(yaml, finding().build()).action()).isEqualTo(PolicyAction.WARN);
        String unknown = celRule("'!has(finding.published) && finding.ageDays == -1"
                + " && finding.fixAgeDays == -1 && finding.score == -1.0'");
        assertThat(decide(unknown, finding().published(null).score(null).build()).action())
                .isEqualTo(PolicyAction.WARN);
    }

    @Test
    void runTimeErrorCountsAsNotMatchedWithAWarning() throws PolicyException {
        PolicyResult result = evaluate(celRule("'finding.published > scan.referenceTime'"), SCAN,
                finding().published(null).build());

        RuleEvaluation evaluation = result.decisions().get(0).trace().get(0);
        assertThat(evaluation.result()).isEqualTo("not-matched");
        assertThat(evaluation.detail()).startsWith("error: ").contains("published");
        assertThat(result.warnings()).singleElement().asString()
                .startsWith("rule cel-rule: CEL failed on 1 finding(s), counted as not matched");
    }

    @Test
    void gateTrueAndFalse() throws PolicyException {
        String yaml = """
                apiVersion: stella.ops/policy/v1
                name: gates
                rules:
                  - id: ignore-low
                    when: {severity: [low]}
                    action: ignore
                    reason: noise
                gates:
                  - name: no-open-high
                    cel: '!findings.exists(f, f.severity == "high" && f.action != "ignore")'
                    message: an open high finding
                  - name: has-lodash
                    cel: findings.exists_one(f, f.name == "lodash" && f.vexStatus == "affected")
                """;
        PolicyResult low = evaluate(yaml, SCAN, finding().severity(SeverityLevel.LOW).build());
        assertThat(low.gates()).extracting(GateResult::passed).containsExactly(true, true);
        assertThat(low.gatesPassed()).isTrue();

        PolicyResult high = evaluate(yaml, SCAN, finding().build());
        assertThat(high.gates().get(0)).isEqualTo(new GateResult("no-open-high",
                "!findings.exists(f, f.severity == \"high\" && f.action != \"ignore\")", false,
                "an open high finding"));
        assertThat(high.gatesPassed()).isFalse();
    }

    @Test
    void gateOverOldFixedCriticals() throws PolicyException {
        String yaml = """
                apiVersion: stella.ops/policy/v1
                name: gates
                rules: []
                gates:
                  - name: no-old-fixed-criticals
                    cel: '!findings.exists(f, f.severity == "critical" && f.fixAvailable && f.fixAgeDays > 30)'
                """;
        FindingFacts critical = finding().severity(SeverityLevel.CRITICAL).build();
        assertThat(evaluate(yaml, SCAN, critical).gatesPassed()).isFalse();
        assertThat(evaluate(yaml, SCAN, finding().build()).gatesPassed()).isTrue();
        assertThat(evaluate(yaml, SCAN, finding().severity(SeverityLevel.CRITICAL)
                .published("2026-05-20T00:00:00Z").build()).gatesPassed()).isTrue();
    }

    @Test
    void compileErrorInQuotedExpressionNamesItsLineAndColumnInTheFile() {
        PolicyException e = compileError("""
                apiVersion: stella.ops/policy/v1
                name: cel
                rules:
                  - id: typo
                    cel: 'finding.severity == "high" && finding.sevrity == "x"'
                    action: warn
                """);
        // 'finding' of the misspelt select starts at expression offset 30, the '.' at 37;
        // the scalar starts at column 10, its text one further after the quote
        assertThat(e.getMessage()).startsWith("policy.yaml:5:48: CEL: ");
        assertThat(e.reason()).contains("undefined field 'sevrity'");
    }

    @Test
    void compileErrorInBlockScalarNamesItsLineAndColumnInTheFile() {
        PolicyException e = compileError("""
                apiVersion: stella.ops/policy/v1
                name: cel
                rules:
                  - id: multi
                    cel: |
                      finding.severity == "high" &&
                        pkg.ecosystem == 1
                    action: warn
                """);
        assertThat(e.line()).isEqualTo(7);
        assertThat(e.column()).isEqualTo(23);
        assertThat(e.reason()).contains("no matching overload");
    }

    @Test
    void syntaxErrorInGateNamesItsPosition() {
        PolicyException e = compileError("""
                apiVersion: stella.ops/policy/v1
                name: cel
                rules: []
                gates:
                  - name: broken
                    cel: "findings.all(f, f.score < )"
                """);
        assertThat(e.line()).isEqualTo(6);
        assertThat(e.column()).isEqualTo(37);
    }

    @Test
    void nonBooleanExpressionIsRefusedAtTheExpression() {
        PolicyException e = compileError(celRule("finding.score"));
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.column()).isEqualTo(10);
        assertThat(e.reason()).isEqualTo("CEL expression must be a boolean, but it is double");
    }

    @Test
    void theWordPackageIsReservedInCelSoThePackageIsPkg() {
        PolicyException e = compileError(celRule("'package.name == \"x\"'"));
        assertThat(e.reason()).contains("reserved identifier: package");
    }
}
