// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stellaops.db.AdvisoryMeta;
import org.stellaops.feed.AdvisoryKinds;
import org.stellaops.severity.Severity;
import org.stellaops.severity.SeverityLevel;

/** Folding matched records into findings: grouping, primary id, severity, fixed versions. */
class FindingAssemblerTest {

    private static final Severity MEDIUM = Severity.stated(SeverityLevel.MEDIUM, "test");

    @Test
    void recordsOfOneCveBecomeOneFindingNamedByTheCve() throws Exception {
        List<Finding> findings = assemble(
                match("PYSEC-2023-74", List.of("CVE-2023-32681"),
                        List.of("CVE-2023-32681", "GHSA-j8r2-6x86-q33q"), MEDIUM, "2.31.0"),
                match("GHSA-j8r2-6x86-q33q", List.of("CVE-2023-32681"),
                        List.of("CVE-2023-32681"), MEDIUM, "2.31.0"));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("CVE-2023-32681");
            assertThat(f.aliases()).containsExactly("GHSA-j8r2-6x86-q33q", "PYSEC-2023-74");
            assertThat(f.fixedVersions()).containsExactly("2.31.0");
            assertThat(f.matchedRanges()).extracting(MatchedRange::advisory)
                    .containsExactly("GHSA-j8r2-6x86-q33q", "PYSEC-2023-74");
        });
    }

    @Test
    void distroAdvisoryIsThePrimaryIdAndItsCvesAreAliases() throws Exception {
        List<Finding> findings = assemble(match("ALSA-2022:1065", List.of("CVE-2022-0778"),
                List.of(), MEDIUM, "1:1.1.1k-6.el8_5"));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("ALSA-2022:1065");
            assertThat(f.aliases()).containsExactly("CVE-2022-0778");
        });
    }

    @Test
    void ghsaIsPrimaryWhenThereIsNoCve() throws Exception {
        List<Finding> findings = assemble(
                grouped("OSV-2021-100", "GHSA-2222-3333-4444", List.of("GHSA-2222-3333-4444")),
                grouped("GHSA-2222-3333-4444", "GHSA-2222-3333-4444", List.of("OSV-2021-100")));

        assertThat(findings).singleElement().extracting(Finding::id)
                .isEqualTo("GHSA-2222-3333-4444");
    }

    @Test
    void smallestRecordIdIsPrimaryOtherwise() throws Exception {
        List<Finding> findings = assemble(
                grouped("RUSTSEC-2021-7", "RUSTSEC-2021-0007", List.of("RUSTSEC-2021-0007")),
                grouped("RUSTSEC-2021-0007", "RUSTSEC-2021-0007", List.of("RUSTSEC-2021-7")));

        assertThat(findings).singleElement().extracting(Finding::id)
                .isEqualTo("RUSTSEC-2021-0007");
    }

    @Test
    void recordBridgingTwoGroupsFoldsThemIntoOne() throws Exception {
        List<Finding> findings = assemble(
                match("PYSEC-2024-1", List.of("CVE-2024-0001"), List.of(), MEDIUM),
                match("PYSEC-2024-2", List.of("CVE-2024-0002"), List.of(), MEDIUM),
                match("PYSEC-2024-3", List.of("CVE-2024-0001", "CVE-2024-0002"), List.of(),
                        MEDIUM));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("CVE-2024-0001");
            assertThat(f.aliases()).containsExactly(
                    "CVE-2024-0002", "PYSEC-2024-1", "PYSEC-2024-2", "PYSEC-2024-3");
        });
    }

    @Test
    void resultDoesNotDependOnInputOrder() throws Exception {
        List<AdvisoryMatch> matches = new ArrayList<>(List.of(
                match("PYSEC-2024-3", List.of("CVE-2024-0001", "CVE-2024-0002"), List.of(),
                        MEDIUM, "3.0"),
                match("PYSEC-2024-1", List.of("CVE-2024-0001"), List.of(), MEDIUM, "1.0"),
                match("PYSEC-2024-9", List.of("CVE-2024-0009"), List.of(), MEDIUM, "9.0"),
                match("PYSEC-2024-2", List.of("CVE-2024-0002"), List.of(), MEDIUM, "2.0")));
        List<Finding> first = FindingAssembler.assemble(query(), matches);

        Collections.reverse(matches);

        assertThat(FindingAssembler.assemble(query(), matches)).isEqualTo(first);
        assertThat(first).extracting(Finding::id).containsExactly("CVE-2024-0001", "CVE-2024-0009");
    }

    @Test
    void severityIsTheHighestOfTheGroup() throws Exception {
        List<Finding> findings = assemble(
                match("GHSA-2222-3333-4444", List.of("CVE-2024-0005"), List.of(),
                        Severity.stated(SeverityLevel.HIGH, "GHSA-2222-3333-4444 stated")),
                match("PYSEC-2024-1", List.of("CVE-2024-0005"), List.of(),
                        Severity.stated(SeverityLevel.LOW, "PYSEC-2024-1 stated")));

        assertThat(findings).singleElement().extracting(f -> f.severity().level())
                .isEqualTo(SeverityLevel.HIGH);
    }

    @Test
    void summaryIsThePrimaryRecordsEvenWhenAnotherSortsFirst() throws Exception {
        List<Finding> findings = assemble(
                match("CVE-2023-5678", List.of("CVE-2023-5678"), List.of(), MEDIUM),
                match("DSA-5532-1", List.of("CVE-2023-5678"), List.of(), MEDIUM));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("DSA-5532-1");
            assertThat(f.summary()).isEqualTo("summary of DSA-5532-1");
        });
    }

    @Test
    void fixedVersionsAreSortedByTheSchemeWithoutDuplicates() throws Exception {
        List<Finding> findings = assemble(
                match("PYSEC-2024-1", List.of("CVE-2024-0001"), List.of(), MEDIUM,
                        "1.10.0", "1.9.0"),
                match("GHSA-2222-3333-4444", List.of("CVE-2024-0001"), List.of(), MEDIUM,
                        "1.9.0", "1.10.0rc1"));

        assertThat(findings).singleElement().extracting(Finding::fixedVersions).asList()
                .containsExactly("1.9.0", "1.10.0rc1", "1.10.0");
    }

    @Test
    void findingsComeHighestSeverityFirstThenById() throws Exception {
        List<Finding> findings = assemble(
                match("PYSEC-2024-1", List.of(), List.of(),
                        Severity.stated(SeverityLevel.LOW, "t")),
                match("PYSEC-2024-3", List.of(), List.of(),
                        Severity.stated(SeverityLevel.CRITICAL, "t")),
                match("PYSEC-2024-2", List.of(), List.of(),
                        Severity.stated(SeverityLevel.CRITICAL, "t")));

        assertThat(findings).extracting(Finding::id)
                .containsExactly("PYSEC-2024-2", "PYSEC-2024-3", "PYSEC-2024-1");
    }

    private static List<Finding> assemble(AdvisoryMatch... matches) throws Exception {
        return FindingAssembler.assemble(query(), List.of(matches));
    }

    private static PackageQuery query() throws UnmappablePurlException {
        return PurlMapping.map("pkg:pypi/demo@1.0");
    }

    /** A record in an alias group of its own unless aliases join it to others. */
    private static AdvisoryMatch match(String id, List<String> cves, List<String> aliases,
            Severity severity, String... fixed) {
        return new AdvisoryMatch(meta(id, id, cves, aliases, severity), List.of(fixed),
                new MatchedRange(id, "PyPI", "demo", "ECOSYSTEM [introduced=0]", "test"));
    }

    private static AdvisoryMatch grouped(String id, String group, List<String> aliases) {
        return new AdvisoryMatch(meta(id, group, List.of(), aliases, MEDIUM), List.of(),
                new MatchedRange(id, "PyPI", "demo", "ECOSYSTEM [introduced=0]", "test"));
    }

    private static AdvisoryMeta meta(String id, String group, List<String> cves,
            List<String> aliases, Severity severity) {
        return new AdvisoryMeta(0, id, group, false, true, AdvisoryKinds.isDistroAdvisory(id),
                severity, cves, aliases, List.of("https://example.org/" + id),
                "summary of " + id, "2024-05-01T00:00:00Z");
    }
}
