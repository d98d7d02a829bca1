// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stellaops.match.SnapshotFixtures.fixedRange;
import static org.stellaops.match.SnapshotFixtures.record;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stellaops.db.SnapshotManifest;
import org.stellaops.db.SnapshotManifest.EcosystemCount;

/** An empty answer must be told apart from missing data. */
class CoverageTest {

    @TempDir
    Path dir;

    @Test
    void ecosystemTheSnapshotLacksIsNotCovered() throws Exception {
        String gap =
                coverageOf("npm", "AlmaLinux:8").gap(PurlMapping.map("pkg:pypi/flask@2.0.0"));

        assertThat(gap).isEqualTo("the snapshot holds no PyPI advisories");
    }

    @Test
    void debWithoutDistroQualifierExplainsTheMissingRelease() throws Exception {
        String gap =
                coverageOf("Debian:12").gap(PurlMapping.map("pkg:deb/debian/openssl@3.0.11-1"));

        assertThat(gap).contains("names no Debian release").contains("distro=debian-12");
    }

    @Test
    void releaseTheSnapshotLacksIsNotCovered() throws Exception {
        String gap = coverageOf("AlmaLinux:8").gap(
                PurlMapping.map("pkg:rpm/almalinux/openssl@3.0.7-24.el9?distro=almalinux-9.3"));

        assertThat(gap).isEqualTo("the snapshot holds no advisories for AlmaLinux:9");
    }

    @Test
    void coveredReleaseAndLanguageEcosystemHaveNoGap() throws Exception {
        Coverage coverage = coverageOf("npm", "AlmaLinux:8", "Alpine:v3.20");

        assertThat(coverage.gap(PurlMapping.map(
                "pkg:rpm/almalinux/openssl@1.1.1k-5.el8?distro=almalinux-8.10"))).isNull();
        assertThat(coverage.gap(PurlMapping.map(
                "pkg:apk/alpine/busybox@1.36.1-r5?distro=alpine-3.20.3"))).isNull();
        assertThat(coverage.gap(PurlMapping.map("pkg:npm/lodash@4.17.20"))).isNull();
    }

    @Test
    void releaselessDistroNeedsNoDistroQualifier() throws Exception {
        assertThat(coverageOf("Wolfi").gap(PurlMapping.map("pkg:apk/wolfi/busybox@1.36.1-r5")))
                .isNull();
    }

    @Test
    void ecosystemsAreTheSnapshotNamesSorted() {
        assertThat(coverageOf("npm", "AlmaLinux:9", "AlmaLinux:8").ecosystems())
                .containsExactly("AlmaLinux:8", "AlmaLinux:9", "npm");
    }

    @Test
    void matcherReportsNotCoveredWithReasonAndNoFindings() throws Exception {
        PackageMatcher matcher = new PackageMatcher(SnapshotFixtures.install(dir,
                record("ALSA-2024:0001", "AlmaLinux:8", "openssl",
                        fixedRange("0", "1:1.1.1k-9.el8"), ""),
                record("GHSA-aaaa-bbbb-cccc", "npm", "lodash", fixedRange("0", "4.17.21"), "")));

        PackageResult pypi = matcher.match("pkg:pypi/flask@2.0.0");
        PackageResult deb = matcher.match("pkg:deb/debian/openssl@3.0.11-1");

        assertThat(matcher.coveredEcosystems()).containsExactly("AlmaLinux:8", "npm");
        assertThat(pypi.status()).isEqualTo(CoverageStatus.NOT_COVERED);
        assertThat(pypi.ecosystem()).isEqualTo("PyPI");
        assertThat(pypi.reason()).contains("no PyPI advisories");
        assertThat(pypi.findings()).isEmpty();
        assertThat(deb.status()).isEqualTo(CoverageStatus.NOT_COVERED);
        assertThat(deb.reason()).contains("no Debian advisories");
    }

    @Test
    void almaLinux8AdvisoriesOnlyLeaveAlmaLinux9NotCovered() throws Exception {
        PackageMatcher matcher = new PackageMatcher(SnapshotFixtures.install(dir,
                record("ALSA-2024:0001", "AlmaLinux:8", "openssl",
                        fixedRange("0", "1:1.1.1k-9.el8"), "")));

        PackageResult result = matcher.match(
                "pkg:rpm/almalinux/openssl@1.1.1k-5.el8?epoch=1&distro=almalinux-9.3");

        assertThat(result.status()).isEqualTo(CoverageStatus.NOT_COVERED);
        assertThat(result.ecosystem()).isEqualTo("AlmaLinux:9");
        assertThat(result.reason()).contains("AlmaLinux:9");
    }

    @Test
    void almaLinux8AdvisoriesNeverMatchAnAlmaLinux9Package() throws Exception {
        // AlmaLinux:9 is covered (through zlib), so the openssl answer is a real "no findings"
        PackageMatcher matcher = new PackageMatcher(SnapshotFixtures.install(dir,
                record("ALSA-2024:0001", "AlmaLinux:8", "openssl",
                        fixedRange("0", "1:1.1.1k-9.el8"), ""),
                record("ALSA-2024:0002", "AlmaLinux:9", "zlib",
                        fixedRange("0", "1.2.11-40.el9"), "")));

        PackageResult on9 = matcher.match(
                "pkg:rpm/almalinux/openssl@1.1.1k-5.el8?epoch=1&distro=almalinux-9.3");
        PackageResult on8 = matcher.match(
                "pkg:rpm/almalinux/openssl@1.1.1k-5.el8?epoch=1&distro=almalinux-8.10");

        assertThat(on9.status()).isEqualTo(CoverageStatus.COVERED);
        assertThat(on9.findings()).isEmpty();
        assertThat(on9.trace()).isEmpty();
        assertThat(on8.findings()).extracting(Finding::id).containsExactly("ALSA-2024:0001");
    }

    private static Coverage coverageOf(String... ecosystems) {
        Map<String, EcosystemCount> counts = new TreeMap<>();
        for (String ecosystem : ecosystems) {
            counts.put(ecosystem, new EcosystemCount(1, 1));
        }
        return new Coverage(new SnapshotManifest(1, "sha256:00", "2024-05-01T00:00:00Z",
                ecosystems.length, 0, 0, 0, counts, List.of()));
    }
}
