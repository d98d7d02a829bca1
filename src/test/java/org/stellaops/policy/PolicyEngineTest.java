// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stellaops.policy.TestFindings.SCAN;
import static org.stellaops.policy.TestFindings.decide;
import static org.stellaops.policy.TestFindings.evaluate;
import static org.stellaops.policy.TestFindings.finding;
import static org.stellaops.policy.TestFindings.scanAt;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.stellaops.severity.SeverityLevel;

/** Deciding findings: match modes, action strength, expiry, escalation and the trace. */
class PolicyEngineTest {

    private static final String THREE_RULES = """
            apiVersion: stella.ops/policy/v1
            name: modes
            match: %s
            rules:
              - id: warn-npm
                when: {ecosystem: [npm]}
                action: warn
              - id: block-high
                when: {severity: {atLeast: high}}
                action: block
                reason: high or worse
              - id: ignore-lodash
                when: {package: lodash}
                action: ignore
                reason: accepted risk
            """;

    @Test
    void firstModeStopsAtTheFirstMatchAndSkipsTheRest() throws PolicyException {
        PolicyDecision decision = decide(THREE_RULES.formatted("first"), finding().build());

        assertThat(decision.action()).isEqualTo(PolicyAction.WARN);
        assertThat(decision.rule()).isEqualTo("warn-npm");
        assertThat(decision.trace()).extracting(RuleEvaluation::result)
                .containsExactly("matched", "skipped", "skipped");
    }

    @Test
    void allModeEvaluatesEveryRuleAndTheStrongestActionWins() throws PolicyException {
        PolicyDecision decision = decide(THREE_RULES.formatted("all"), finding().build());

        assertThat(decision.action()).isEqualTo(PolicyAction.BLOCK);
        assertThat(decision.rule()).isEqualTo("block-high");
        assertThat(decision.reason()).isEqualTo("high or worse");
        assertThat(decision.trace()).extracting(RuleEvaluation::result)
                .containsExactly("matched", "matched", "matched");
    }

    @Test
    void allModeWithoutTheStrongestMatchFallsToTheNextStrongest() throws PolicyException {
        PolicyDecision decision = decide(THREE_RULES.formatted("all"),
                finding().severity(SeverityLevel.LOW).build());

        assertThat(decision.action()).isEqualTo(PolicyAction.WARN);
        assertThat(decision.trace()).extracting(RuleEvaluation::result)
                .containsExactly("matched", "not-matched", "matched");
    }

    @Test
    void noMatchingRuleLeavesTheActionNull() throws PolicyException {
        PolicyResult result = evaluate(THREE_RULES.formatted("first"), SCAN, finding()
                .purl("pkg:deb/debian/openssl@3.0.11", "openssl", "deb")
                .severity(SeverityLevel.MEDIUM).build());

        PolicyDecision decision = result.decisions().get(0);
        assertThat(decision.action()).isNull();
        assertThat(decision.rule()).isNull();
        assertThat(decision.trace()).extracting(RuleEvaluation::detail).containsExactly(
                "ecosystem deb not in [npm]",
                "severity medium not >= high",
                "package openssl does not match [lodash]");
        assertThat(result.warnings()).contains("rule warn-npm matched no finding");
    }

    @Test
    void ignoreAppliesUntilItsExpiryDateAndNotAfter() throws PolicyException {
        String policy = """
                apiVersion: stella.ops/policy/v1
                name: expiry
                rules:
                  - id: accept-lodash
                    when: {purl: pkg:npm/lodash}
                    action: ignore
                    reason: waiting for the upstream fix
                    expires: 2027-01-31
                """;
        FindingFacts lodash = finding().build();

        PolicyResult before = evaluate(policy, scanAt("2027-01-31T23:59:59Z"), lodash);
        assertThat(before.decisions().get(0).action()).isEqualTo(PolicyAction.IGNORE);
        assertThat(before.decisions().get(0).expires()).isEqualTo("2027-01-31");
        assertThat(before.warnings()).isEmpty();

        PolicyResult after = evaluate(policy, scanAt("2027-02-01T00:00:00Z"), lodash);
        PolicyDecision decision = after.decisions().get(0);
        assertThat(decision.action()).isNull();
        assertThat(decision.trace().get(0).result()).isEqualTo("expired");
        assertThat(decision.trace().get(0).detail()).startsWith("expired 2027-01-31");
        assertThat(after.warnings()).containsExactly(
                "rule accept-lodash: expired 2027-01-31; it no longer ignores 1 finding(s)");
    }

    @Test
    void expiryGivenAsRfc3339TimeIsExact() throws PolicyException {
        String policy = """
                apiVersion: stella.ops/policy/v1
                name: expiry
                rules:
                  - id: accept
                    action: ignore
                    reason: r
                    expires: "2026-06-01T12:00:00+02:00"
                """;
        assertThat(evaluate(policy, scanAt("2026-06-01T09:59:59Z"), finding().build())
                .decisions().get(0).action()).isEqualTo(PolicyAction.IGNORE);
        assertThat(evaluate(policy, scanAt("2026-06-01T10:00:00Z"), finding().build())
                .decisions().get(0).action()).isNull();
    }

    @Test
    void escalateRaisesTheLevelTheThresholdSees() throws PolicyException {
        PolicyDecision decision = decide("""
                apiVersion: stella.ops/policy/v1
                name: escalate
                rules:
                  - id: escalate-network
                    when: {cvss: {vector: {AV: N, PR: N}, scoreAtLeast: 7.0}}
                    action: escalate
                    to: critical
                """, finding().build());

        assertThat(decision.action()).isEqualTo(PolicyAction.ESCALATE);
        assertThat(decision.escalatedTo()).isEqualTo(SeverityLevel.CRITICAL);
        assertThat(decision.trace().get(0).detail())
                .isEqualTo("cvss score 7.5 within bounds AV:N PR:N");
    }

    @Test
    void traceListsEveryRuleInOrderWithItsActionAndDecidingCondition() throws PolicyException {
        PolicyDecision decision = decide("""
                apiVersion: stella.ops/policy/v1
                name: trace
                rules:
                  - id: only-critical
                    when: {severity: [critical]}
                    action: block
                  - id: network-high
                    when: {severity: [high], fixAvailable: true}
                    action: warn
                  - id: catch-all
                    action: block
                """, finding().build());

        assertThat(decision.trace()).containsExactly(
                new RuleEvaluation("only-critical", "not-matched", PolicyAction.BLOCK,
                        "severity high not in [critical]"),
                new RuleEvaluation("network-high", "matched", PolicyAction.WARN,
                        "severity high in [high]; fix available"),
                new RuleEvaluation("catch-all", "skipped", PolicyAction.BLOCK,
                        "not evaluated: an earlier rule matched and match is first"));
    }

    @Test
    void resultCarriesThePolicyIdentityAndOneDecisionPerFindingInOrder() throws PolicyException {
        PolicyResult result = evaluate(THREE_RULES.formatted("first"), SCAN,
                finding().build(),
                finding().purl("pkg:deb/debian/zlib@1.2", "zlib", "deb")
                        .severity(SeverityLevel.LOW).build());

        assertThat(result.name()).isEqualTo("modes");
        assertThat(result.digest()).startsWith("sha256:");
        assertThat(result.decisions()).extracting(PolicyDecision::action)
                .containsExactly(PolicyAction.WARN, null);
    }

    @Test
    void oneEngineSharedByThreadsGivesEveryThreadTheSameResult() throws Exception {
        PolicyEngine engine = PolicyEngine.compile(PolicyLoader.parse("p", """
                apiVersion: stella.ops/policy/v1
                name: shared
                match: all
                rules:
                  - id: cel-npm
                    cel: pkg.ecosystem == "npm" && finding.ageDays > 100
                    action: warn
                  - id: block-high
                    when: {severity: [high]}
                    action: block
                gates:
                  - name: none-blocked
                    cel: findings.all(f, f.action != "block")
                """));
        List<FindingFacts> findings = List.of(finding().build(),
                finding().severity(SeverityLevel.LOW).build());
        PolicyResult expected = engine.evaluate(findings, SCAN);

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<PolicyResult>> results = pool.invokeAll(java.util.Collections.nCopies(
                    32, () -> engine.evaluate(findings, SCAN)));
            for (Future<PolicyResult> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(expected.decisions()).extracting(PolicyDecision::action)
                .containsExactly(PolicyAction.BLOCK, PolicyAction.WARN);
        assertThat(expected.gatesPassed()).isFalse();
    }

    @Test
    void saysWhetherAnyRuleOrGateCanSeeAdvisoryDates() throws Exception {
        assertThat(engineOf("rules:\n  - id: a\n    when: { severity: [high] }\n"
                + "    action: warn\n").readsAdvisoryDates()).isFalse();
        assertThat(engineOf("rules:\n  - id: a\n    when: { advisoryAge: { olderThan: 30d } }\n"
                + "    action: warn\n").readsAdvisoryDates()).isTrue();
        assertThat(engineOf("rules:\n  - id: a\n    cel: 'finding.ageDays > 30'\n"
                + "    action: warn\n").readsAdvisoryDates()).isTrue();
        assertThat(engineOf("rules: []\ngates:\n  - name: g\n"
                + "    cel: '!findings.exists(f, f.fixAgeDays > 30)'\n").readsAdvisoryDates())
                .isTrue();
    }

    private static PolicyEngine engineOf(String body) throws Exception {
        return PolicyEngine.compile(PolicyLoader.parse("p.yaml",
                "apiVersion: stella.ops/policy/v1\nname: p\n" + body));
    }
}
