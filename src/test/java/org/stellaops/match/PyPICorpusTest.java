// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stellaops.severity.SeverityLevel;

/**
 * The PyPA advisory database (osv/PyPI) together with GitHub's PyPI advisories
 * (osv-ghsa/PyPI): the same CVE arrives as a PYSEC and a GHSA record and must come out once.
 */
class PyPICorpusTest {

    @TempDir
    static Path dir;

    private static PackageMatcher matcher;

    @BeforeAll
    static void importCorpus() throws Exception {
        Path corpus = SnapshotFixtures.corpus();
        matcher = new PackageMatcher(SnapshotFixtures.install(dir.resolve("db"), List.of(
                corpus.resolve("osv/PyPI/all.zip"), corpus.resolve("osv-ghsa/PyPI/all.zip"))));
    }

    @Test
    void pysecAndGhsaOfOneCveAreOneFindingNamedByTheCve() {
        // PYSEC-2023-74 and GHSA-j8r2-6x86-q33q: requests [2.3.0, 2.31.0), CVE-2023-32681
        List<Finding> findings = matcher.match("pkg:pypi/requests@2.30.0").findings();

        assertThat(findings).filteredOn(f -> f.id().equals("CVE-2023-32681")
                || f.aliases().contains("CVE-2023-32681")).singleElement().satisfies(f -> {
                    assertThat(f.id()).isEqualTo("CVE-2023-32681");
                    assertThat(f.aliases())
                            .containsExactly("GHSA-j8r2-6x86-q33q", "PYSEC-2023-74");
                    assertThat(f.fixedVersions()).containsExactly("2.31.0");
                    assertThat(f.matchedRanges()).hasSize(2);
                    // CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:C/C:H/I:N/A:N from the GHSA record
                    assertThat(f.severity().level()).isEqualTo(SeverityLevel.MEDIUM);
                    assertThat(f.severity().score()).isEqualTo(6.1);
                });
    }

    @Test
    void fixedRequestsVersionIsNotAffectedByThatCve() {
        assertThat(matcher.match("pkg:pypi/requests@2.31.0").findings())
                .extracting(Finding::id).doesNotContain("CVE-2023-32681");
        assertThat(matcher.match("pkg:pypi/requests@2.2.1").findings())
                .extracting(Finding::id).doesNotContain("CVE-2023-32681");
    }

    @Test
    void recordsSpellingTheNameDifferentlyStillMeet() {
        // GHSA-8q59-q68h-6hv4 names "PyYAML", PYSEC-2021-142 names "pyyaml"
        List<Finding> findings = matcher.match("pkg:pypi/PyYAML@5.3.1").findings();

        assertThat(findings).filteredOn(f -> f.id().equals("CVE-2020-14343")).singleElement()
                .satisfies(f -> {
                    assertThat(f.aliases())
                            .containsExactly("GHSA-8q59-q68h-6hv4", "PYSEC-2021-142");
                    assertThat(f.fixedVersions()).containsExactly("5.4");
                    assertThat(f.severity().level()).isEqualTo(SeverityLevel.CRITICAL);
                });
        assertThat(matcher.match("pkg:pypi/pyyaml@5.4").findings())
                .extracting(Finding::id).doesNotContain("CVE-2020-14343");
    }

    @Test
    void findingsOfAPackageAreSortedBySeverityThenId() {
        List<Finding> findings = matcher.match("pkg:pypi/django@1.11.0").findings();

        assertThat(findings).hasSizeGreaterThan(5).isSortedAccordingTo(Finding.REPORT_ORDER);
        assertThat(findings).extracting(Finding::id).doesNotHaveDuplicates();
    }
}
