// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stellaops.feed.FeedFixtures.utf8;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stellaops.severity.Severity;
import org.stellaops.severity.SeverityLevel;

/**
 * Severity by the documented rule: own CVSS (newest version first), then the group's CVSS,
 * then stated levels; vectors that do not parse are counted and never trusted.
 */
class SeverityAssessorTest {

    private static final String V2_10 = "AV:N/AC:L/Au:N/C:C/I:C/A:C";
    private static final String V3_53 = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:L";
    private static final String V3_98 = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H";
    private static final String V4_69 =
            "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:L/SC:N/SI:N/SA:N";

    private final OsvParser parser = new OsvParser();
    private final SeverityAssessor assessor = new SeverityAssessor();

    @Test
    void realPysecWithoutCvssBorrowsItsGhsaVector() throws Exception {
        Map<String, Severity> severities = assess(
                corpus("osv/PyPI", "PYSEC-2018-2"),
                corpus("osv-ghsa/PyPI", "GHSA-5hg3-6c2f-f3wr"));

        Severity borrowed = severities.get("PYSEC-2018-2");
        assertThat(borrowed.vector()).isEqualTo("CVSS:3.0/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N");
        assertThat(borrowed.score()).isEqualTo(6.1);
        assertThat(borrowed.level()).isEqualTo(SeverityLevel.MEDIUM);
        assertThat(borrowed.source()).isEqualTo("GHSA-5hg3-6c2f-f3wr CVSS_V3");
        assertThat(severities.get("GHSA-5hg3-6c2f-f3wr")).isEqualTo(borrowed);
    }

    @Test
    void realPyyamlRecordBorrowsCriticalScore() throws Exception {
        Map<String, Severity> severities = assess(
                corpus("osv/PyPI", "PYSEC-2021-142"),
                corpus("osv-ghsa/PyPI", "GHSA-8q59-q68h-6hv4"));

        assertThat(severities.get("PYSEC-2021-142").score()).isEqualTo(9.8);
        assertThat(severities.get("PYSEC-2021-142").level()).isEqualTo(SeverityLevel.CRITICAL);
    }

    @Test
    void prefersV4OverV3OverV2WhateverTheScores() throws Exception {
        Map<String, Severity> severities = assess(
                withSeverities("GHSA-aaaa-aaaa-aaaa", "CVSS_V2", V2_10, "CVSS_V3", V3_98,
                        "CVSS_V4", V4_69),
                withSeverities("GHSA-bbbb-bbbb-bbbb", "CVSS_V2", V2_10, "CVSS_V3", V3_53));

        assertThat(severities.get("GHSA-aaaa-aaaa-aaaa").vector()).isEqualTo(V4_69);
        assertThat(severities.get("GHSA-aaaa-aaaa-aaaa").score()).isEqualTo(6.9);
        assertThat(severities.get("GHSA-bbbb-bbbb-bbbb").vector()).isEqualTo(V3_53);
        assertThat(severities.get("GHSA-bbbb-bbbb-bbbb").score()).isEqualTo(5.3);
    }

    @Test
    void takesHighestScoreWithinOneVersion() throws Exception {
        Map<String, Severity> severities = assess(
                withSeverities("GHSA-aaaa-aaaa-aaaa", "CVSS_V3", V3_53, "CVSS_V3", V3_98));

        assertThat(severities.get("GHSA-aaaa-aaaa-aaaa").score()).isEqualTo(9.8);
    }

    @Test
    void usesGhsaStatedSeverityOnlyWithoutAnyVector() throws Exception {
        Map<String, Severity> severities = assess(
                corpus("osv-ghsa/Maven", "GHSA-cfh5-3ghh-wfjx"),
                corpus("osv-ghsa/PyPI", "GHSA-5hg3-6c2f-f3wr"));

        // GHSA-cfh5 states MODERATE and has no vector; GHSA-5hg3 states MODERATE too but has one.
        Severity stated = severities.get("GHSA-cfh5-3ghh-wfjx");
        assertThat(stated.level()).isEqualTo(SeverityLevel.MEDIUM);
        assertThat(stated.score()).isNull();
        assertThat(stated.source()).isEqualTo("GHSA-cfh5-3ghh-wfjx stated");
        assertThat(severities.get("GHSA-5hg3-6c2f-f3wr").isComputed()).isTrue();
    }

    @Test
    void readsAlmaLinuxSummaryPrefixWhenNoCveOfItCarriesCvss() throws Exception {
        Map<String, Severity> severities = assess(corpus("osv/AlmaLinux", "ALSA-2019:0975"));

        assertThat(severities.get("ALSA-2019:0975"))
                .isEqualTo(Severity.stated(SeverityLevel.HIGH, "ALSA-2019:0975 stated"));
    }

    @Test
    void distroAdvisoryTakesCvssOfTheCvesItNamesInRelated() throws Exception {
        // ALSA-2019:0975 fixes CVE-2019-5736; a GHSA of that CVE carries a vector.
        Map<String, Severity> severities = assess(
                corpus("osv/AlmaLinux", "ALSA-2019:0975"),
                withSeverities("GHSA-aaaa-aaaa-aaaa", "CVSS_V3", V3_98));

        assertThat(severities.get("ALSA-2019:0975").vector()).isEqualTo(V3_98);
    }

    @Test
    void countsAndIgnoresInvalidVectors() throws Exception {
        // Both pass the schema's patterns but lack required metrics, so neither can be scored.
        OsvRecord record = parse("""
                {"id": "GHSA-aaaa-aaaa-aaaa", "modified": "2024-01-01T00:00:00Z",
                 "severity": [{"type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:L"},
                              {"type": "CVSS_V2", "score": "AV:N/AC:L"}],
                 "database_specific": {"severity": "LOW"}}
                """);

        Map<String, Severity> severities = assess(record);

        assertThat(severities.get("GHSA-aaaa-aaaa-aaaa").level()).isEqualTo(SeverityLevel.LOW);
        assertThat(severities.get("GHSA-aaaa-aaaa-aaaa").isComputed()).isFalse();
        assertThat(assessor.invalidVectors()).isEqualTo(2);
    }

    @Test
    void borrowsGroupStatedLevelAndElseIsUnknown() throws Exception {
        Map<String, Severity> severities = assess(
                parse("""
                        {"id": "PYSEC-2099-1", "modified": "2024-01-01T00:00:00Z",
                         "aliases": ["GHSA-aaaa-aaaa-aaaa"]}
                        """),
                parse("""
                        {"id": "GHSA-aaaa-aaaa-aaaa", "modified": "2024-01-01T00:00:00Z",
                         "database_specific": {"severity": "HIGH"}}
                        """),
                parse("{\"id\": \"PYSEC-2099-2\", \"modified\": \"2024-01-01T00:00:00Z\"}"));

        assertThat(severities.get("PYSEC-2099-1").level()).isEqualTo(SeverityLevel.HIGH);
        assertThat(severities.get("PYSEC-2099-2")).isEqualTo(Severity.UNKNOWN);
    }

    private Map<String, Severity> assess(OsvRecord... records) {
        List<OsvRecord> all = List.of(records);
        return assessor.assess(all, new AliasGroups(all));
    }

    /** A GHSA record aliasing CVE-2019-5736 with the given (type, vector) pairs. */
    private OsvRecord withSeverities(String id, String... typesAndVectors) throws FeedException {
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < typesAndVectors.length; i += 2) {
            entries.add("{\"type\": \"%s\", \"score\": \"%s\"}"
                    .formatted(typesAndVectors[i], typesAndVectors[i + 1]));
        }
        return parse("""
                {"id": "%s", "modified": "2024-01-01T00:00:00Z",
                 "aliases": ["CVE-2019-5736"], "severity": [%s]}
                """.formatted(id, String.join(", ", entries)));
    }

    private OsvRecord corpus(String folder, String id) throws Exception {
        return parser.parse(new FeedDocument(id, FeedFixtures.corpusRecord(folder, id))).record();
    }

    private OsvRecord parse(String json) throws FeedException {
        return parser.parse(new FeedDocument("test.json", utf8(json))).record();
    }
}
