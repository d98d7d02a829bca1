// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stellaops.feed.FeedFixtures.utf8;

import org.junit.jupiter.api.Test;

/**
 * Indexed fields are read as the record states them, stated severities where each source puts
 * them.
 */
class OsvRecordsTest {

    private final OsvParser parser = new OsvParser();

    @Test
    void readsDistroAdvisoryWithSeverityInSummaryPrefix() throws Exception {
        OsvRecord record = corpus("osv/AlmaLinux", "ALSA-2019:0975");

        assertThat(record.summary()).startsWith("Important: container-tools");
        assertThat(record.statedSeverity()).isEqualTo("Important");
        assertThat(record.related()).containsExactly("CVE-2019-5736");
        assertThat(record.aliases()).isEmpty();
        assertThat(record.affected()).hasSize(6)
                .allMatch(a -> a.ecosystem().equals("AlmaLinux:8"));
        assertThat(record.affected().get(0).ranges().get(0).events()).containsExactly(
                new OsvEvent(OsvEvent.Kind.INTRODUCED, "0"),
                new OsvEvent(OsvEvent.Kind.FIXED,
                        "1:0.1.15-2.git2d0b8a3.module_el8.5.0+119+9a9ec082"));
    }

    @Test
    void readsGhsaStatedSeverityFromDatabaseSpecific() throws Exception {
        OsvRecord record = corpus("osv-ghsa/Maven", "GHSA-cfh5-3ghh-wfjx");

        assertThat(record.statedSeverity()).isEqualTo("MODERATE");
        assertThat(record.severity()).isEmpty();
        assertThat(record.aliases()).containsExactly("CVE-2014-3577");
        assertThat(record.references()).contains(
                "https://nvd.nist.gov/vuln/detail/CVE-2014-3577",
                "https://github.com/advisories/GHSA-cfh5-3ghh-wfjx");
    }

    @Test
    void ignoresSummaryPrefixOfNonDistroRecord() throws FeedException {
        // Only distro errata carry their severity in the summary; elsewhere it is just prose.
        OsvRecord record = parse("""
                {"id": "GHSA-aaaa-bbbb-cccc", "modified": "2024-01-01T00:00:00Z",
                 "summary": "Critical: this is only a title"}
                """);

        assertThat(record.statedSeverity()).isNull();
    }

    @Test
    void readsPerPackageStatedSeverityAndVectors() throws FeedException {
        OsvRecord record = parse("""
                {"id": "BIT-x-2099-1", "modified": "2024-01-01T00:00:00Z",
                 "affected": [{
                   "package": {"ecosystem": "Bitnami", "name": "nginx"},
                   "severity": [{"type": "CVSS_V3",
                                 "score": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}],
                   "ecosystem_specific": {"severity": "high"}
                 }]}
                """);

        OsvAffected affected = record.affected().get(0);
        assertThat(affected.statedSeverity()).isEqualTo("high");
        assertThat(affected.severity()).containsExactly(new OsvSeverity("CVSS_V3",
                "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"));
    }

    @Test
    void listsEachReferenceUrlOnce() throws FeedException {
        OsvRecord record = parse("""
                {"id": "PYSEC-2099-1", "modified": "2024-01-01T00:00:00Z",
                 "references": [{"type": "FIX", "url": "https://example.org/a"},
                                {"type": "WEB", "url": "https://example.org/a"},
                                {"type": "WEB", "url": "https://example.org/b"}]}
                """);

        assertThat(record.references())
                .containsExactly("https://example.org/a", "https://example.org/b");
    }

    @Test
    void readsWithdrawnAndNonSecurityErrata() throws Exception {
        OsvRecord withdrawn = corpus("osv-ghsa/npm", "GHSA-3233-rgx3-c2wh");
        OsvRecord bugfix = corpus("osv/AlmaLinux", "ALBA-2019:3623");

        assertThat(withdrawn.isWithdrawn()).isTrue();
        assertThat(withdrawn.isReportable()).isTrue();
        assertThat(bugfix.isWithdrawn()).isFalse();
        assertThat(bugfix.isReportable()).isFalse();
    }

    private OsvRecord corpus(String folder, String id) throws Exception {
        byte[] content = FeedFixtures.corpusRecord(folder, id);
        return parser.parse(new FeedDocument(id + ".json", content)).record();
    }

    private OsvRecord parse(String json) throws FeedException {
        return parser.parse(new FeedDocument("test.json", utf8(json))).record();
    }
}
