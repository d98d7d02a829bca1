// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.vex;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VexConsensusTest {

    private static final Instant REFERENCE = Instant.parse("2026-06-01T00:00:00Z");
    private static final String LODASH = "pkg:npm/lodash@4.17.20";
    private static final VexTarget FINDING = new VexTarget("CVE-2021-23337 " + LODASH,
            "CVE-2021-23337", List.of("GHSA-35jh-r3h4-6jhm"), LODASH, List.of("ref-lodash"),
            List.of());

    private final VexTrust trust = new VexTrust(
            VexTrust.parseIssuers("Lodash Maintainers=vendor, Acme Security=self"),
            0.5, Duration.ofDays(180));

    @Test
    void vendorNotAffectedOutweighsUnknownThirdParty() {
        VexOutcome outcome = assessOne(
                statement("Random Scanner", VexStatus.AFFECTED, "2026-05-01T00:00:00Z"),
                notAffected("Lodash Maintainers", "2026-05-01T00:00:00Z"));

        assertThat(outcome.status()).isEqualTo(VexStatus.NOT_AFFECTED);
        assertThat(outcome.winner().statement().issuer()).isEqualTo("Lodash Maintainers");
        assertThat(outcome.considered()).extracting(WeighedStatement::role)
                .containsExactly("won", "overruled");
        assertThat(outcome.considered().get(1).trust()).isEqualTo(0.5);
    }

    @Test
    void equalWeightsBreakTowardsTheConservativeStatus() {
        VexOutcome outcome = assessOne(
                notAffected("Scanner A", "2026-05-01T00:00:00Z"),
                statement("Scanner B", VexStatus.AFFECTED, "2026-05-01T00:00:00Z", "upgrade"));

        assertThat(outcome.considered()).extracting(WeighedStatement::weight)
                .containsExactly(outcome.considered().get(0).weight(),
                        outcome.considered().get(0).weight());
        assertThat(outcome.status()).isEqualTo(VexStatus.AFFECTED);
    }

    @Test
    void laterStatementOfOneIssuerSupersedesItsEarlierOne() {
        VexOutcome outcome = assessOne(
                statement("Acme Security", VexStatus.UNDER_INVESTIGATION, "2026-01-01T00:00:00Z"),
                notAffected("Acme Security", "2026-03-01T00:00:00Z"));

        assertThat(outcome.status()).isEqualTo(VexStatus.NOT_AFFECTED);
        assertThat(outcome.considered()).extracting(WeighedStatement::role)
                .containsExactly("won", "superseded");
    }

    @Test
    void contradictoryClaimsAtOneTimeKeepTheConservativeOneAndWarn() {
        VexAssessment assessment = assess(List.of(
                notAffected("Acme Security", "2026-03-01T00:00:00Z"),
                statement("Acme Security", VexStatus.AFFECTED, "2026-03-01T00:00:00Z")));

        VexOutcome outcome = assessment.outcomes().get(0);
        assertThat(outcome.status()).isEqualTo(VexStatus.AFFECTED);
        assertThat(outcome.considered()).extracting(WeighedStatement::role)
                .containsExactly("won", "contradicted");
        assertThat(assessment.warnings()).singleElement()
                .satisfies(w -> assertThat(w.code()).isEqualTo("contradictory-statements"))
                .satisfies(w -> assertThat(w.message()).contains("Acme Security",
                        "not_affected", "affected is kept"));
    }

    @Test
    void theSameClaimTwiceIsADuplicateNotAContradiction() {
        VexAssessment assessment = assess(List.of(
                notAffected("Acme Security", "2026-03-01T00:00:00Z"),
                notAffected("Acme Security", "2026-03-01T00:00:00Z")));

        assertThat(assessment.outcomes().get(0).considered()).extracting(WeighedStatement::role)
                .containsExactly("won", "duplicate");
        assertThat(assessment.warnings()).isEmpty();
    }

    @Test
    void weightHalvesEveryHalfLife() {
        WeighedStatement weighed = assessOne(
                notAffected("Lodash Maintainers", "2025-12-03T00:00:00Z")).winner();

        // 180 days before the reference time: one half-life
        assertThat(weighed.decay()).isEqualTo(0.5);
        assertThat(weighed.weight()).isEqualTo(0.5);
    }

    @Test
    void freshLowTrustStatementBeatsAStaleVendorOne() {
        VexOutcome outcome = assessOne(
                notAffected("Lodash Maintainers", "2024-06-01T00:00:00Z"),
                statement("Random Scanner", VexStatus.AFFECTED, "2026-05-30T00:00:00Z"));

        assertThat(outcome.status()).isEqualTo(VexStatus.AFFECTED);
    }

    @Test
    void statementDatedAfterTheReferenceTimeCountsInFull() {
        WeighedStatement weighed = assessOne(
                notAffected("Lodash Maintainers", "2027-01-01T00:00:00Z")).winner();

        assertThat(weighed.decay()).isEqualTo(1.0);
        assertThat(weighed.note()).isEqualTo(StatementWeights.AFTER_REFERENCE);
    }

    @Test
    void undatedStatementCountsAsOneHalfLifeOld() {
        WeighedStatement weighed = assessOne(notAffected("Lodash Maintainers", null)).winner();

        assertThat(weighed.decay()).isEqualTo(0.5);
        assertThat(weighed.note()).isEqualTo(StatementWeights.UNDATED);
    }

    @Test
    void statementMatchesByAliasOfTheFinding() {
        VexStatement byGhsa = new VexStatement(source("a"), VexFormat.OPENVEX, "Acme Security",
                "ghsa-35jh-r3h4-6jhm", List.of(), List.of(VexProduct.ofPurl("pkg:npm/lodash")),
                VexStatus.FIXED, null, null, null, null, "2026-05-01T00:00:00Z");

        assertThat(assessOne(byGhsa).status()).isEqualTo(VexStatus.FIXED);
    }

    @Test
    void versionedPurlOfAnotherVersionDoesNotApply() {
        VexStatement other = onProduct(VexProduct.ofPurl("pkg:npm/lodash@4.17.21"));

        VexAssessment assessment = assess(List.of(other));

        assertThat(assessment.outcomes().get(0)).isEqualTo(VexOutcome.NONE);
        assertThat(assessment.unmatched()).singleElement()
                .satisfies(u -> assertThat(u.reason()).isEqualTo(
                        "CVE-2021-23337 is found, but in no product this statement names"));
    }

    @Test
    void qualifiersOfTheStatementMustBeOnThePackage() {
        VexTarget deb = new VexTarget("k", "CVE-2023-1", List.of(),
                "pkg:deb/debian/openssl@3.0.11-1?arch=amd64&distro=debian-12", List.of(),
                List.of());

        assertThat(assessWith(deb, onVulnerability("CVE-2023-1",
                VexProduct.ofPurl("pkg:deb/debian/openssl?distro=debian-12"))).status())
                .isEqualTo(VexStatus.NOT_AFFECTED);
        assertThat(assessWith(deb, onVulnerability("CVE-2023-1",
                VexProduct.ofPurl("pkg:deb/debian/openssl?distro=debian-11"))).status())
                .isEqualTo(VexStatus.AFFECTED);
    }

    @Test
    void subcomponentsOfAnotherImageDoNotApply() {
        String ours = "sha256:124c7d2707904eea7431fffe91522a01e5a861a624ee31d03372cc1d138a3126";
        VexProduct image = new VexProduct("img", List.of("pkg:oci/alpine@" + ours.replace(":",
                "%3A")), List.of(), null, List.of(VexProduct.ofPurl("pkg:npm/lodash")));
        VexProduct otherImage = new VexProduct("other", List.of("pkg:oci/alpine@sha256%3Aabc"),
                List.of(), null, List.of(VexProduct.ofPurl("pkg:npm/lodash")));
        ScanSubject subject = new ScanSubject(ours, "alpine:3.17", List.of());

        assertThat(new VexConsensus(trust).assess(List.of(onProduct(image)), List.of(FINDING),
                subject, REFERENCE).outcomes().get(0).winner().match())
                .isEqualTo("subcomponent pkg:npm/lodash of img");
        assertThat(new VexConsensus(trust).assess(List.of(onProduct(otherImage)),
                List.of(FINDING), subject, REFERENCE).outcomes().get(0))
                .isEqualTo(VexOutcome.NONE);
    }

    @Test
    void imageProductWithoutSubcomponentsCoversEveryPackageInIt() {
        String digest = "sha256:aaaa";
        VexProduct image = VexProduct.ofPurl("pkg:oci/app@sha256%3Aaaaa");
        ScanSubject subject = new ScanSubject(digest, "app:1", List.of());

        VexOutcome outcome = new VexConsensus(trust).assess(List.of(onProduct(image)),
                List.of(FINDING), subject, REFERENCE).outcomes().get(0);

        assertThat(outcome.winner().match()).endsWith("is the scanned artifact");
    }

    @Test
    void bomRefAndCpeIdentifyThePackage() {
        VexProduct byRef = new VexProduct("urn:cdx:x/1#ref-lodash", List.of(), List.of(),
                "ref-lodash", List.of());
        VexTarget withCpe = new VexTarget("k", "CVE-2021-23337", List.of(), LODASH, List.of(),
                List.of("cpe:2.3:a:lodash:lodash:4.17.20:*:*:*:*:node.js:*:*"));
        VexProduct byCpe = new VexProduct("c", List.of(), List.of("cpe:/a:lodash:lodash"), null,
                List.of());

        assertThat(assessOne(onProduct(byRef)).status()).isEqualTo(VexStatus.NOT_AFFECTED);
        assertThat(assessWith(withCpe, onProduct(byCpe)).status())
                .isEqualTo(VexStatus.NOT_AFFECTED);
    }

    @Test
    void statementForAnAbsentVulnerabilityIsReported() {
        VexAssessment assessment = assess(List.of(onVulnerability("CVE-1999-0001",
                VexProduct.ofPurl("pkg:npm/lodash"))));

        assertThat(assessment.unmatched()).singleElement()
                .satisfies(u -> assertThat(u.reason())
                        .isEqualTo("no finding of CVE-1999-0001 in this scan"));
    }

    @Test
    void inputOrderDoesNotChangeTheOutcome() {
        List<VexStatement> statements = new ArrayList<>(List.of(
                notAffected("Lodash Maintainers", "2026-01-01T00:00:00Z"),
                statement("Acme Security", VexStatus.AFFECTED, "2026-02-01T00:00:00Z"),
                statement("Random Scanner", VexStatus.FIXED, "2026-03-01T00:00:00Z"),
                notAffected("Other", "2026-03-01T00:00:00Z")));
        VexOutcome first = assess(statements).outcomes().get(0);
        for (int seed = 0; seed < 10; seed++) {
            Collections.shuffle(statements, new Random(seed));
            assertThat(assess(statements).outcomes().get(0)).isEqualTo(first);
        }
    }

    @Test
    void futureDatedStatementsAreFoundAgainstTheClock() {
        List<VexWarning> warnings = FutureStatements.find(List.of(
                notAffected("Acme Security", "2030-01-01T00:00:00Z"),
                notAffected("Acme Security", "2026-01-01T00:00:00Z")),
                Instant.parse("2026-12-04T00:00:00Z"));

        assertThat(warnings).singleElement()
                .satisfies(w -> assertThat(w.code()).isEqualTo("future-timestamp"));
    }

    private VexOutcome assessOne(VexStatement... statements) {
        return assess(List.of(statements)).outcomes().get(0);
    }

    private VexOutcome assessWith(VexTarget target, VexStatement statement) {
        return new VexConsensus(trust).assess(List.of(statement), List.of(target), null,
                REFERENCE).outcomes().get(0);
    }

    private VexAssessment assess(List<VexStatement> statements) {
        return new VexConsensus(trust).assess(statements, List.of(FINDING), null, REFERENCE);
    }

    @Test
    void candidatesOfEveryIdOfAFindingComeAscendingAndOnce() {
        // by id, by alias in lower case, and one naming both (indexed under each)
        VexStatement both = new VexStatement(source("both"), VexFormat.OPENVEX, "Acme Security",
                "CVE-2021-23337", List.of("GHSA-35JH-R3H4-6JHM"),
                List.of(VexProduct.ofPurl("pkg:npm/lodash")), VexStatus.AFFECTED, null, null,
                null, null, "2026-05-01T00:00:00Z");
        List<VexStatement> statements = List.of(
                onVulnerability("ghsa-35jh-r3h4-6jhm", VexProduct.ofPurl("pkg:npm/lodash")),
                onVulnerability("CVE-1999-0001", VexProduct.ofPurl("pkg:npm/lodash")), both,
                onVulnerability("cve-2021-23337", VexProduct.ofPurl("pkg:npm/lodash")));
        java.util.Map<String, List<Integer>> byId = new java.util.HashMap<>();
        for (int i = 0; i < statements.size(); i++) {
            byId.computeIfAbsent(statements.get(i).vulnerability().toUpperCase(),
                    k -> new ArrayList<>()).add(i);
            for (String alias : statements.get(i).aliases()) {
                byId.computeIfAbsent(alias, k -> new ArrayList<>()).add(i);
            }
        }
        java.util.Set<String> found = new java.util.HashSet<>();

        List<Integer> candidates = VexConsensus.candidatesOf(FINDING, byId, found);

        assertThat(candidates).containsExactly(0, 2, 3);
        assertThat(found).containsExactlyInAnyOrder("CVE-2021-23337", "GHSA-35JH-R3H4-6JHM");
        assertThat(VexConsensus.candidatesOf(new VexTarget("k", "CVE-2000-0001", List.of(),
                LODASH, List.of(), List.of()), byId, found)).isEmpty();
    }

    private static VexStatement notAffected(String issuer, String time) {
        return new VexStatement(source(issuer + time), VexFormat.OPENVEX, issuer,
                "CVE-2021-23337", List.of(), List.of(VexProduct.ofPurl("pkg:npm/lodash")),
                VexStatus.NOT_AFFECTED, VexJustification.VULNERABLE_CODE_NOT_IN_EXECUTE_PATH,
                "vulnerable_code_not_in_execute_path", null, null, time);
    }

    private static VexStatement statement(String issuer, VexStatus status, String time) {
        return statement(issuer, status, time, null);
    }

    private static VexStatement statement(String issuer, VexStatus status, String time,
            String action) {
        return new VexStatement(source(issuer + time), VexFormat.OPENVEX, issuer,
                "CVE-2021-23337", List.of(), List.of(VexProduct.ofPurl("pkg:npm/lodash")),
                status, null, null, null, action, time);
    }

    private static VexStatement onProduct(VexProduct product) {
        return new VexStatement(source("p"), VexFormat.OPENVEX, "Lodash Maintainers",
                "CVE-2021-23337", List.of(), List.of(product), VexStatus.NOT_AFFECTED,
                VexJustification.COMPONENT_NOT_PRESENT, null, null, null,
                "2026-05-31T00:00:00Z");
    }

    private static VexStatement onVulnerability(String id, VexProduct product) {
        return new VexStatement(source(id), VexFormat.OPENVEX, "Lodash Maintainers", id,
                List.of(), List.of(product), VexStatus.NOT_AFFECTED,
                VexJustification.COMPONENT_NOT_PRESENT, null, null, null,
                "2026-05-31T00:00:00Z");
    }

    private static VexSource source(String name) {
        return new VexSource(name + ".json", null, "/statements/0");
    }
}
