// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stellaops.policy.TestFindings.decide;
import static org.stellaops.policy.TestFindings.finding;

import org.junit.jupiter.api.Test;
import org.stellaops.severity.SeverityLevel;

/** Each kind of {@code when:} condition, once matching and once not, with its trace detail. */
class PolicyConditionTest {

    private static String rule(String when) {
        return """
                apiVersion: stella.ops/policy/v1
                name: conditions
                rules:
                  - id: r1
                    when: %s
                    action: warn
                """.formatted(when);
    }

    private static RuleEvaluation only(String when, TestFindings.Builder finding)
            throws PolicyException {
        return decide(rule(when), finding.build()).trace().get(0);
    }

    @Test
    void idMatchesTheIdOrAnAliasByGlob() throws PolicyException {
        assertThat(only("{id: 'CVE-2020-*'}", finding()).result()).isEqualTo("matched");
        assertThat(only("{id: 'GHSA-29mw-????-hmr9'}", finding()).result()).isEqualTo("matched");
        RuleEvaluation miss = only("{id: [CVE-2021-1, CVE-2022-*]}", finding());
        assertThat(miss.result()).isEqualTo("not-matched");
        assertThat(miss.detail()).startsWith("id GHSA-29mw-wpgm-hmr9 (aliases [CVE-2020-28500])")
                .contains("does not match [CVE-2021-1, CVE-2022-*]");
    }

    @Test
    void severityListNamesTheLevelThatFailed() throws PolicyException {
        assertThat(only("{severity: [high, critical]}", finding()).result()).isEqualTo("matched");
        RuleEvaluation miss = only("{severity: [critical]}", finding());
        assertThat(miss.result()).isEqualTo("not-matched");
        assertThat(miss.detail()).isEqualTo("severity high not in [critical]");
    }

    @Test
    void severityThresholdsAreInclusiveAndUnknownRanksLowest() throws PolicyException {
        assertThat(only("{severity: {atLeast: high}}", finding()).detail())
                .isEqualTo("severity high >= high");
        assertThat(only("{severity: {atMost: medium}}", finding()).result())
                .isEqualTo("not-matched");
        assertThat(only("{severity: {atLeast: low}}", finding().severity(null)).detail())
                .isEqualTo("severity unknown not >= low");
    }

    @Test
    void cvssScoreBoundsAndVectorMetrics() throws PolicyException {
        assertThat(only("{cvss: {scoreAtLeast: 7.0, vector: {AV: N, PR: N}}}", finding())
                .result()).isEqualTo("matched");
        assertThat(only("{cvss: {scoreAtLeast: 8.0}}", finding()).detail())
                .isEqualTo("cvss score 7.5 < 8.0");
        assertThat(only("{cvss: {vector: {AV: L}}}", finding()).detail())
                .isEqualTo("cvss vector AV:N, not AV:L");
        assertThat(only("{cvss: {scoreAtMost: 9.0}}", finding().score(null)).detail())
                .isEqualTo("no CVSS score");
    }

    @Test
    void fixAvailable() throws PolicyException {
        assertThat(only("{fixAvailable: true}", finding()).result()).isEqualTo("matched");
        assertThat(only("{fixAvailable: true}", finding().noFix()).detail())
                .isEqualTo("no fix available, wanted fixAvailable true");
    }

    @Test
    void packageNameGlob() throws PolicyException {
        assertThat(only("{package: 'lod*'}", finding()).result()).isEqualTo("matched");
        assertThat(only("{package: [express, react]}", finding()).detail())
                .isEqualTo("package lodash does not match [express, react]");
    }

    @Test
    void versionlessPurlMatchesEveryVersionAndVersionedOnlyItsOwn() throws PolicyException {
        assertThat(only("{purl: 'pkg:npm/lodash'}", finding()).result()).isEqualTo("matched");
        assertThat(only("{purl: 'pkg:npm/lodash@4.17.2?'}", finding()).result())
                .isEqualTo("matched");
        assertThat(only("{purl: 'pkg:npm/lodash@3*'}", finding()).result())
                .isEqualTo("not-matched");
        assertThat(only("{purl: 'pkg:npm/lod'}", finding()).detail())
                .isEqualTo("purl pkg:npm/lodash@4.17.20 does not match [pkg:npm/lod]");
    }

    @Test
    void ecosystemChoice() throws PolicyException {
        assertThat(only("{ecosystem: [npm, pypi]}", finding()).result()).isEqualTo("matched");
        assertThat(only("{ecosystem: deb}", finding()).detail())
                .isEqualTo("ecosystem npm not in [deb]");
    }

    @Test
    void layerGlobMatchesAnyLayerOfThePackage() throws PolicyException {
        TestFindings.Builder twoLayers = finding().layers("sha256:base", "sha256:app1");
        assertThat(only("{layer: 'sha256:app*'}", twoLayers).result()).isEqualTo("matched");
        assertThat(only("{layer: 'sha256:other'}", twoLayers).result()).isEqualTo("not-matched");
        assertThat(only("{layer: 'sha256:*'}", finding().layers()).detail())
                .isEqualTo("layer (none known) does not match [sha256:*]");
    }

    @Test
    void vexStatusAndJustification() throws PolicyException {
        TestFindings.Builder closed = finding().vex("not_affected", "component_not_present");
        assertThat(only("{vexStatus: [not_affected], vexJustification: [component_not_present]}",
                closed).result()).isEqualTo("matched");
        assertThat(only("{vexStatus: [affected, under_investigation]}", closed).detail())
                .isEqualTo("vexStatus not_affected not in [affected, under_investigation]");
        assertThat(only("{vexJustification: [component_not_present]}", finding()).detail())
                .isEqualTo("vexJustification (none) not in [component_not_present]");
    }

    @Test
    void advisoryAgeIsMeasuredToTheReferenceTime() throws PolicyException {
        // published 2026-01-01, reference time 2026-06-01: 151 days
        assertThat(only("{advisoryAge: {olderThan: 30d}}", finding()).detail())
                .isEqualTo("advisory age 151d older than 30d");
        assertThat(only("{advisoryAge: {olderThan: 200d}}", finding()).detail())
                .isEqualTo("advisory age 151d not older than 200d");
        assertThat(only("{advisoryAge: {newerThan: 24h}}", finding()).result())
                .isEqualTo("not-matched");
    }

    @Test
    void advisoryAgeNeverMatchesAFindingWithoutPublishedDate() throws PolicyException {
        RuleEvaluation unknown = only("{advisoryAge: {olderThan: 1h}}", finding().published(null));
        assertThat(unknown.result()).isEqualTo("not-matched");
        assertThat(unknown.detail()).isEqualTo("advisory age unknown: no published date");
    }

    @Test
    void everyConditionMustHoldAndTheFirstFailingOneDecides() throws PolicyException {
        RuleEvaluation evaluation = only("{ecosystem: [npm], severity: [critical], "
                + "fixAvailable: false}", finding().severity(SeverityLevel.HIGH));
        assertThat(evaluation.result()).isEqualTo("not-matched");
        assertThat(evaluation.detail()).isEqualTo("severity high not in [critical]");
    }
}
