// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stellaops.policy.TestFindings.decide;
import static org.stellaops.policy.TestFindings.finding;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Trace lines worded when read: the same words on any thread, and a trace nobody can edit. */
class RuleTraceTest {

    private static final String RULES = """
            apiVersion: stella.ops/policy/v1
            name: trace
            match: all
            rules:
              - id: cvss-local
                when: {cvss: {vector: {AV: L}}}
                action: ignore
                reason: needs local access
              - id: high-npm
                when: {severity: [high], ecosystem: [npm]}
                action: warn
              - id: old-exemption
                when: {package: lodash}
                action: ignore
                reason: accepted until the upgrade
                expires: '2026-01-01T00:00:00Z'
            """;

    private static final List<String> WORDS = List.of(
            "cvss vector AV:N, not AV:L",
            "severity high in [high]; ecosystem npm in [npm]",
            "expired 2026-01-01T00:00:00Z, would have matched: package lodash matches [lodash]");

    @Test
    void detailsReadOnAnotherThreadAreTheWordsOfTheDecision() throws Exception {
        PolicyDecision decision = decide(RULES, finding().build());

        List<String> elsewhere = CompletableFuture.supplyAsync(() -> details(decision)).get();

        assertThat(elsewhere).isEqualTo(WORDS);
        assertThat(details(decision)).isEqualTo(WORDS);
    }

    @Test
    void lineWithWordsLaterEqualsOneWithTheWordsGiven() throws Exception {
        RuleEvaluation given = new RuleEvaluation("high-npm", "matched", PolicyAction.WARN,
                WORDS.get(1));

        RuleEvaluation decided = decide(RULES, finding().build()).trace().get(1);

        assertThat(decided).isEqualTo(given).hasSameHashCodeAs(given);
        assertThat(decided).hasToString(given.toString());
    }

    @Test
    void engineTraceCannotBeChangedAndAnyOtherListIsCopied() throws Exception {
        PolicyDecision decision = decide(RULES, finding().build());
        assertThatThrownBy(() -> decision.trace().set(0, null))
                .isInstanceOf(UnsupportedOperationException.class);

        List<RuleEvaluation> mine = new ArrayList<>(decision.trace());
        PolicyDecision copied = new PolicyDecision(null, null, null, null, null, mine);
        mine.clear();

        assertThat(copied.trace()).hasSize(3).isEqualTo(decision.trace());
    }

    private static List<String> details(PolicyDecision decision) {
        return decision.trace().stream().map(RuleEvaluation::detail).toList();
    }
}
