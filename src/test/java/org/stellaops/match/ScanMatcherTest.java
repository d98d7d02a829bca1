// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.stellaops.match.SnapshotFixtures.fixedRange;
import static org.stellaops.match.SnapshotFixtures.record;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stellaops.db.Snapshot;
import org.stellaops.severity.SeverityLevel;

class ScanMatcherTest {

    /** Two npm advisories (one critical naming two packages, one low) and one PyPI. */
    static final String[] RECORDS = {
        """
        {
          "id": "GHSA-2222-3333-4444",
          "modified": "2024-05-01T00:00:00Z",
          "aliases": ["CVE-2024-1000"],
          "severity": [{"type": "CVSS_V3",
                        "score": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}],
          "affected": [
            {"package": {"ecosystem": "npm", "name": "zeta"},
             "ranges": [{"type": "SEMVER", "events": [{"introduced": "0"}, {"fixed": "2.0.0"}]}]},
            {"package": {"ecosystem": "npm", "name": "alpha"},
             "ranges": [{"type": "SEMVER", "events": [{"introduced": "0"}, {"fixed": "3.0.0"}]}]}
          ]
        }
        """,
        record("GHSA-5555-6666-7777", "npm", "alpha", fixedRange("0", "3.1.0"),
                "\"database_specific\": {\"severity\": \"LOW\"}"),
        record("PYSEC-2024-1", "PyPI", "flask", fixedRange("0", "2.3.2"),
                "\"aliases\": [\"CVE-2024-2000\"]"),
    };

    @TempDir
    Path dir;

    @Test
    void findingsOfAllPackagesAreSortedBySeverityThenIdThenPurl() throws Exception {
        ScanReport report = scanner().scan("sbom.json", List.of(
                "pkg:npm/zeta@1.0.0", "pkg:npm/alpha@1.0.0", "pkg:pypi/flask@2.0.0"));

        assertThat(report.findings())
                .extracting(Finding::id, Finding::purl, f -> f.severity().level())
                .containsExactly(
                        tuple("CVE-2024-1000", "pkg:npm/alpha@1.0.0", SeverityLevel.CRITICAL),
                        tuple("CVE-2024-1000", "pkg:npm/zeta@1.0.0", SeverityLevel.CRITICAL),
                        tuple("GHSA-5555-6666-7777", "pkg:npm/alpha@1.0.0", SeverityLevel.LOW),
                        tuple("CVE-2024-2000", "pkg:pypi/flask@2.0.0", SeverityLevel.UNKNOWN));
    }

    @Test
    void duplicatePurlsAreMatchedOnce() throws Exception {
        ScanReport report = scanner().scan("sbom.json",
                List.of("pkg:npm/zeta@1.0.0", "pkg:npm/zeta@1.0.0"));

        assertThat(report.packages()).isEqualTo(1);
        assertThat(report.findings()).hasSize(1);
    }

    @Test
    void notCoveredAndUnmappablePackagesAreListedByPurl() throws Exception {
        ScanReport report = scanner().scan("sbom.json", List.of(
                "pkg:gem/rails@6.0.0", "pkg:npm/zeta", "pkg:npm/zeta@2.0.0"));

        assertThat(report.notCovered())
                .extracting(PackageResult::purl, PackageResult::status)
                .containsExactly(
                        tuple("pkg:gem/rails@6.0.0", CoverageStatus.NOT_COVERED),
                        tuple("pkg:npm/zeta", CoverageStatus.UNMAPPABLE));
        assertThat(report.findings()).isEmpty();
        assertThat(report.packages()).isEqualTo(3);
    }

    @Test
    void unknownsAreCollectedAndSorted() throws Exception {
        ScanReport report = scanner().scan("sbom.json", List.of(
                "pkg:pypi/flask@not..a..version", "pkg:npm/alpha@x.y"));

        assertThat(report.unknowns()).extracting(UnknownMatch::purl, UnknownMatch::advisory)
                .containsExactly(
                        tuple("pkg:npm/alpha@x.y", "GHSA-2222-3333-4444"),
                        tuple("pkg:npm/alpha@x.y", "GHSA-5555-6666-7777"),
                        tuple("pkg:pypi/flask@not..a..version", "PYSEC-2024-1"));
    }

    @Test
    void reportNamesTheSnapshotAndWhatItCovers() throws Exception {
        Snapshot snapshot = SnapshotFixtures.install(dir, RECORDS);

        ScanReport report = new ScanMatcher(new PackageMatcher(snapshot))
                .scan("sbom.json", List.of());

        assertThat(report.target()).isEqualTo("sbom.json");
        assertThat(report.snapshotDigest()).startsWith("sha256:").isEqualTo(snapshot.digest());
        assertThat(report.snapshotDate()).isEqualTo("2024-05-01T00:00:00Z");
        assertThat(report.coveredEcosystems()).containsExactly("PyPI", "npm");
    }

    private ScanMatcher scanner() throws Exception {
        return new ScanMatcher(new PackageMatcher(SnapshotFixtures.install(dir, RECORDS)));
    }
}
