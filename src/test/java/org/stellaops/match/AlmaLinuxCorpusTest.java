// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stellaops.severity.SeverityLevel;

/** The AlmaLinux errata of the corpus (osv/AlmaLinux: ALSA, ALBA, ALEA), imported once. */
class AlmaLinuxCorpusTest {

    private static final String OPENSSL_8 =
            "pkg:rpm/almalinux/openssl@1.1.1k-5.el8_5?epoch=1&distro=almalinux-8.5";

    @TempDir
    static Path dir;

    private static PackageMatcher matcher;

    @BeforeAll
    static void importCorpus() throws Exception {
        matcher = new PackageMatcher(SnapshotFixtures.install(dir.resolve("db"),
                List.of(SnapshotFixtures.corpus().resolve("osv/AlmaLinux/all.zip"))));
    }

    @Test
    void alsaFindingIsNamedByTheAdvisoryWithItsCvesAsAliases() {
        // ALSA-2022:1065 "Important: openssl security update", related CVE-2022-0778,
        // AlmaLinux:8 openssl fixed in 1:1.1.1k-6.el8_5; the record carries no CVSS
        Finding finding = findingOf(OPENSSL_8, "ALSA-2022:1065");

        assertThat(finding.aliases()).containsExactly("CVE-2022-0778");
        assertThat(finding.fixedVersions()).containsExactly("1:1.1.1k-6.el8_5");
        assertThat(finding.summary()).isEqualTo("Important: openssl security update");
        assertThat(finding.severity().level()).isEqualTo(SeverityLevel.HIGH);
        assertThat(finding.severity().score()).isNull();
    }

    @Test
    void moderateSummaryPrefixIsMediumSeverity() {
        // ALSA-2022:5818 "Moderate: openssl security update"
        Finding finding = findingOf(OPENSSL_8, "ALSA-2022:5818");

        assertThat(finding.severity().level()).isEqualTo(SeverityLevel.MEDIUM);
        assertThat(finding.aliases())
                .containsExactly("CVE-2022-1292", "CVE-2022-2068", "CVE-2022-2097");
    }

    @Test
    void matcherReusedAcrossReleasesAndVersionsAnswersAsFreshMatchersDo() {
        // one matcher keeps prepared entries per package name and release: an AlmaLinux 8
        // package met first must not lend its entries to the AlmaLinux 9 package of that name
        List<String> purls = List.of(OPENSSL_8,
                "pkg:rpm/almalinux/openssl@3.0.1-41.el9_0?epoch=1&distro=almalinux-9.0",
                "pkg:rpm/almalinux/openssl@1.1.1k-6.el8_5?epoch=1&distro=almalinux-8.5",
                "pkg:rpm/almalinux/openssl@3.0.1-43.el9_0?epoch=1&distro=almalinux-9.0",
                OPENSSL_8);
        PackageMatcher reused = new PackageMatcher(matcher.snapshot());

        for (String purl : purls) {
            PackageResult fresh = new PackageMatcher(matcher.snapshot()).match(purl);
            assertThat(reused.match(purl)).as(purl).isEqualTo(fresh);
            assertThat(reused.matchFindings(purl).findings()).as(purl)
                    .isEqualTo(fresh.findings());
        }
        List<String> ids8 = reused.matchFindings(purls.get(0)).findings().stream()
                .map(Finding::id).toList();
        List<String> ids9 = reused.matchFindings(purls.get(1)).findings().stream()
                .map(Finding::id).toList();
        assertThat(ids9).isNotEmpty().doesNotContainAnyElementsOf(ids8);
    }

    @Test
    void fixedVersionIsNotAffectedByThatAdvisory() {
        List<Finding> findings = matcher.match(
                "pkg:rpm/almalinux/openssl@1.1.1k-6.el8_5?epoch=1&distro=almalinux-8.5")
                .findings();

        assertThat(findings).extracting(Finding::id)
                .doesNotContain("ALSA-2022:1065").contains("ALSA-2022:5818");
    }

    @Test
    void missingEpochMakesTheVersionOlderThanEveryFix() {
        // rpm compares epoch first: 0:3.9 is below 1:1.1.1k-6, so the epoch qualifier matters
        List<Finding> findings = matcher.match(
                "pkg:rpm/almalinux/openssl@3.9.0-1.el8?distro=almalinux-8").findings();

        assertThat(findings).extracting(Finding::id).contains("ALSA-2022:1065");
    }

    @Test
    void almaLinux8AdvisoriesNeverMatchAnAlmaLinux9Package() {
        PackageResult result = matcher.match(
                "pkg:rpm/almalinux/openssl@1.1.1k-5.el8_5?epoch=1&distro=almalinux-9.0");

        assertThat(result.ecosystem()).isEqualTo("AlmaLinux:9");
        assertThat(result.findings()).extracting(Finding::id)
                .doesNotContain("ALSA-2022:1065", "ALSA-2022:5818")
                .contains("ALSA-2022:7288");
        assertThat(result.trace()).isNotEmpty()
                .allSatisfy(line -> assertThat(line.ecosystem()).isEqualTo("AlmaLinux:9"));
    }

    @Test
    void bugFixAndEnhancementErrataAreNeverReported() {
        // ALBA-2019:0986 (koan) and ALEA-2019:3314 (python3-azure-sdk) would match these
        PackageResult koan = matcher.match(
                "pkg:rpm/almalinux/koan@2.0.7.1-5.el8?distro=almalinux-8");
        PackageResult azure = matcher.match(
                "pkg:rpm/almalinux/python3-azure-sdk@4.0.0-8.el8?distro=almalinux-8");

        assertThat(koan.findings()).isEmpty();
        assertThat(koan.trace()).isEmpty();
        assertThat(azure.findings()).isEmpty();
        assertThat(matcher.match(OPENSSL_8).findings()).extracting(Finding::id)
                .allMatch(id -> id.startsWith("ALSA-"));
    }

    @Test
    void releaseTheCorpusLacksIsNotCovered() {
        PackageResult result =
                matcher.match("pkg:rpm/almalinux/openssl@1.0.2k-19.el7?distro=almalinux-7");

        assertThat(result.status()).isEqualTo(CoverageStatus.NOT_COVERED);
        assertThat(result.reason()).isEqualTo("the snapshot holds no advisories for AlmaLinux:7");
        assertThat(matcher.coveredEcosystems())
                .containsExactly("AlmaLinux:10", "AlmaLinux:8", "AlmaLinux:9");
    }

    private static Finding findingOf(String purl, String id) {
        List<Finding> findings = matcher.match(purl).findings();
        assertThat(findings).extracting(Finding::id).contains(id);
        return findings.stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }
}
