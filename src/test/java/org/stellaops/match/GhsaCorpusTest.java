// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stellaops.severity.SeverityLevel;

/** Real GitHub advisories (osv-ghsa/npm and osv-ghsa/Maven of the corpus), imported once. */
class GhsaCorpusTest {

    @TempDir
    static Path dir;

    private static PackageMatcher matcher;

    @BeforeAll
    static void importCorpus() throws Exception {
        Path ghsa = SnapshotFixtures.corpus().resolve("osv-ghsa");
        matcher = new PackageMatcher(SnapshotFixtures.install(dir.resolve("db"),
                List.of(ghsa.resolve("npm/all.zip"), ghsa.resolve("Maven/all.zip"))));
    }

    @Test
    void log4ShellAffectsLog4jCore2141WithFixIn2150() {
        // GHSA-jfh8-c2jp-5v3q: [2.13.0, 2.15.0), [0, 2.3.1), [2.4, 2.12.2)
        Finding finding = findingOf("pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1",
                "CVE-2021-44228");

        assertThat(finding.aliases()).containsExactly("GHSA-jfh8-c2jp-5v3q");
        assertThat(finding.fixedVersions()).containsExactly("2.15.0");
        assertThat(finding.severity().level()).isEqualTo(SeverityLevel.CRITICAL);
    }

    @Test
    void log4ShellFixedVersionIsThatOfTheMatchingBranch() {
        Finding finding = findingOf("pkg:maven/org.apache.logging.log4j/log4j-core@2.12.1",
                "CVE-2021-44228");

        assertThat(finding.fixedVersions()).containsExactly("2.12.2");
    }

    @Test
    void log4jCore2150IsPastLog4ShellButNotPastItsFollowUp() {
        List<Finding> findings =
                matcher.match("pkg:maven/org.apache.logging.log4j/log4j-core@2.15.0").findings();

        assertThat(findings).extracting(Finding::id)
                .doesNotContain("CVE-2021-44228")
                .contains("CVE-2021-45046", "CVE-2021-45105");
    }

    @Test
    void log4jOneLastAffectedIsInclusive() {
        // GHSA-2qrg-x229-3v8q: introduced 1.2, last_affected 1.2.17
        assertThat(matcher.match("pkg:maven/log4j/log4j@1.2.17").findings())
                .extracting(Finding::id).contains("CVE-2019-17571");
        assertThat(matcher.match("pkg:maven/log4j/log4j@1.2.18").findings())
                .extracting(Finding::id).doesNotContain("CVE-2019-17571");
    }

    @Test
    void lodashBelowEveryFixCollectsEachAdvisory() {
        List<Finding> findings = matcher.match("pkg:npm/lodash@4.17.4").findings();

        assertThat(findings).extracting(Finding::id).containsExactlyInAnyOrder(
                "CVE-2018-3721", "CVE-2019-10744", "CVE-2020-8203", "CVE-2020-28500",
                "CVE-2021-23337");
        assertThat(matcher.match("pkg:npm/lodash@4.17.21").findings()).isEmpty();
    }

    @Test
    void withdrawnMustacheAdvisoryIsNeverReported() {
        // GHSA-3233-rgx3-c2wh was withdrawn on 2020-06-16; its range still covers 2.0.0
        PackageResult result = matcher.match("pkg:npm/mustache@2.0.0");

        assertThat(result.status()).isEqualTo(CoverageStatus.COVERED);
        assertThat(result.findings()).isEmpty();
        assertThat(result.trace()).extracting(TraceLine::advisory)
                .doesNotContain("GHSA-3233-rgx3-c2wh");
    }

    private static Finding findingOf(String purl, String id) {
        List<Finding> findings = matcher.match(purl).findings();
        assertThat(findings).extracting(Finding::id).contains(id);
        return findings.stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }
}
