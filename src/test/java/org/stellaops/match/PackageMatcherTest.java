// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stellaops.match.SnapshotFixtures.fixedRange;
import static org.stellaops.match.SnapshotFixtures.record;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Matching one purl against a snapshot built from records in text blocks. */
class PackageMatcherTest {

    @TempDir
    Path dir;

    @Test
    void vulnerableVersionGetsAFindingWithItsFix() throws Exception {
        PackageMatcher matcher = matcher(
                record("GHSA-aaaa-bbbb-cccc", "npm", "left-pad", fixedRange("0", "1.3.0"),
                        "\"aliases\": [\"CVE-2024-0001\"], \"summary\": \"demo flaw\""));

        PackageResult result = matcher.match("pkg:npm/left-pad@1.2.0");

        assertThat(result.status()).isEqualTo(CoverageStatus.COVERED);
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("CVE-2024-0001");
            assertThat(f.aliases()).containsExactly("GHSA-aaaa-bbbb-cccc");
            assertThat(f.purl()).isEqualTo("pkg:npm/left-pad@1.2.0");
            assertThat(f.installedVersion()).isEqualTo("1.2.0");
            assertThat(f.fixedVersions()).containsExactly("1.3.0");
            assertThat(f.summary()).isEqualTo("demo flaw");
            assertThat(f.matchedRanges()).singleElement()
                    .extracting(MatchedRange::advisory).isEqualTo("GHSA-aaaa-bbbb-cccc");
        });
        assertThat(matcher.match("pkg:npm/left-pad@1.3.0").findings()).isEmpty();
    }

    @Test
    void withdrawnAdvisoryIsNeverReported() throws Exception {
        PackageMatcher matcher = matcher(record("GHSA-aaaa-bbbb-cccc", "npm", "mustache",
                fixedRange("0", "2.2.1"), "\"withdrawn\": \"2020-06-16T20:53:33Z\""));

        PackageResult result = matcher.match("pkg:npm/mustache@2.0.0");

        assertThat(result.status()).isEqualTo(CoverageStatus.COVERED);
        assertThat(result.findings()).isEmpty();
        assertThat(result.unknowns()).isEmpty();
    }

    @Test
    void bugFixErratumIsNeverReported() throws Exception {
        PackageMatcher matcher = matcher(
                record("ALBA-2024:0001", "AlmaLinux:9", "zlib", fixedRange("0", "1.2.11-41.el9"),
                        "\"summary\": \"zlib bug fix update\""),
                record("ALSA-2024:0002", "AlmaLinux:9", "zlib", fixedRange("0", "1.2.11-40.el9"),
                        "\"summary\": \"Moderate: zlib security update\""));

        PackageResult result =
                matcher.match("pkg:rpm/almalinux/zlib@1.2.11-39.el9?distro=almalinux-9");

        assertThat(result.findings()).extracting(Finding::id).containsExactly("ALSA-2024:0002");
    }

    @Test
    void unparseableInstalledVersionIsReportedAsUnknownNeverAsAMiss() throws Exception {
        PackageMatcher matcher = matcher(
                record("GHSA-aaaa-bbbb-cccc", "npm", "left-pad", fixedRange("0", "1.3.0"), ""));

        PackageResult result = matcher.match("pkg:npm/left-pad@latest-and-greatest");

        assertThat(result.status()).isEqualTo(CoverageStatus.COVERED);
        assertThat(result.findings()).isEmpty();
        assertThat(result.unknowns()).singleElement().satisfies(u -> {
            assertThat(u.purl()).isEqualTo("pkg:npm/left-pad@latest-and-greatest");
            assertThat(u.advisory()).isEqualTo("GHSA-aaaa-bbbb-cccc");
            assertThat(u.reason()).contains("latest-and-greatest");
        });
        assertThat(result.trace()).singleElement()
                .extracting(TraceLine::outcome).isEqualTo(Outcome.UNKNOWN);
    }

    @Test
    void ecosystemWithoutVersionSchemeIsReportedAsUnknown() throws Exception {
        PackageMatcher matcher = matcher(
                record("HSEC-2023-0001", "Hackage", "aeson", fixedRange("0", "2.0.1.0"), ""));

        PackageResult result = matcher.match("pkg:hackage/aeson@1.5.6.0");

        assertThat(result.status()).isEqualTo(CoverageStatus.COVERED);
        assertThat(result.unknowns()).singleElement()
                .satisfies(u -> assertThat(u.reason()).contains("Hackage"));
    }

    @Test
    void pypiNamesMatchInPep503Form() throws Exception {
        PackageMatcher matcher = matcher(
                record("PYSEC-2024-1", "PyPI", "Foo.Bar_baz", fixedRange("0", "2.0"), ""));

        assertThat(matcher.match("pkg:pypi/foo-bar-baz@1.0").findings()).hasSize(1);
        assertThat(matcher.match("pkg:pypi/FOO_BAR.BAZ@1.0").findings()).hasSize(1);
    }

    @Test
    void goVersionWithVPrefixAndIncompatibleSuffixIsCompared() throws Exception {
        String semver = """
                [{"type": "SEMVER", "events": [{"introduced": "0"}, {"fixed": "%s"}]}]""";
        PackageMatcher matcher = matcher(
                record("GO-2023-0001", "Go", "github.com/gin-gonic/gin",
                        semver.formatted("1.9.1"), ""),
                record("GO-2023-0002", "Go", "github.com/docker/docker",
                        semver.formatted("20.10.11+incompatible"), ""));

        assertThat(matcher.match("pkg:golang/github.com/gin-gonic/gin@v1.9.0").findings())
                .singleElement().extracting(Finding::fixedVersions).asList()
                .containsExactly("1.9.1");
        assertThat(matcher.match("pkg:golang/github.com/gin-gonic/gin@v1.9.1").findings())
                .isEmpty();
        assertThat(matcher.match(
                "pkg:golang/github.com/docker/docker@v20.10.0+incompatible").findings())
                .extracting(Finding::id).containsExactly("GO-2023-0002");
    }

    @Test
    void debianBinaryPackageIsAlsoLookedUpUnderItsSourcePackage() throws Exception {
        PackageMatcher matcher = matcher(record("DSA-5532-1", "Debian:12", "openssl",
                fixedRange("0", "3.0.11-1~deb12u2"), ""));

        PackageResult binaryOnly = matcher.match(
                "pkg:deb/debian/libssl3@3.0.11-1~deb12u1?distro=debian-12");
        PackageResult withSource = matcher.match(
                "pkg:deb/debian/libssl3@3.0.11-1~deb12u1?distro=debian-12&upstream=openssl");

        assertThat(binaryOnly.findings()).isEmpty();
        assertThat(withSource.findings()).extracting(Finding::id).containsExactly("DSA-5532-1");
    }

    @Test
    void sourcePackageIsComparedAtItsOwnVersion() throws Exception {
        PackageMatcher matcher = matcher(record("DSA-5532-1", "Debian:12", "openssl",
                fixedRange("0", "3.0.11-1~deb12u2"), ""));

        // binary rebuilt with an older version string, source already at the fixed version
        PackageResult result = matcher.match("pkg:deb/debian/libssl3@3.0.11-1~deb12u1"
                + "?distro=bookworm&upstream=openssl%403.0.11-1~deb12u2");

        assertThat(result.findings()).isEmpty();
        assertThat(result.trace()).singleElement()
                .extracting(TraceLine::outcome).isEqualTo(Outcome.NOT_AFFECTED);
    }

    @Test
    void oneAdvisoryNamingThePackageTwiceGivesOneFinding() throws Exception {
        String twoEntries = """
                {
                  "id": "GHSA-aaaa-bbbb-cccc",
                  "modified": "2024-05-01T00:00:00Z",
                  "affected": [
                    {"package": {"ecosystem": "PyPI", "name": "urllib3"},
                     "ranges": [{"type": "ECOSYSTEM",
                                 "events": [{"introduced": "0"}, {"fixed": "2.0"}]}]},
                    {"package": {"ecosystem": "PyPI", "name": "urllib3"},
                     "ranges": [{"type": "ECOSYSTEM",
                                 "events": [{"introduced": "1.0"}, {"fixed": "3.0"}]}]}
                  ]
                }
                """;
        PackageMatcher matcher = matcher(twoEntries);

        PackageResult result = matcher.match("pkg:pypi/urllib3@1.5");

        assertThat(result.trace()).hasSize(2);
        assertThat(result.findings()).singleElement()
                .extracting(Finding::fixedVersions).asList().containsExactly("2.0", "3.0");
    }

    @Test
    void traceHasOneLinePerRangeEvaluated() throws Exception {
        String ranges = """
                [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "1.0"}]},
                 {"type": "ECOSYSTEM", "events": [{"introduced": "2.0"}, {"fixed": "2.5"}]},
                 {"type": "GIT", "repo": "https://example.org/x",
                  "events": [{"introduced": "0"}]}]""";
        PackageMatcher matcher = matcher(record("PYSEC-2024-1", "PyPI", "demo", ranges, ""));

        PackageResult result = matcher.match("pkg:pypi/demo@2.1");

        assertThat(result.trace()).extracting(TraceLine::outcome)
                .containsExactly(Outcome.NOT_AFFECTED, Outcome.AFFECTED);
        assertThat(result.trace().get(1).toString()).isEqualTo("PYSEC-2024-1  PyPI/demo  "
                + "ECOSYSTEM [introduced=2.0, fixed=2.5]  -> affected (introduced 2.0 <= 2.1)");
    }

    @Test
    void unmappablePurlIsReportedNotThrown() throws Exception {
        PackageMatcher matcher = matcher(
                record("GHSA-aaaa-bbbb-cccc", "npm", "left-pad", fixedRange("0", "1.3.0"), ""));

        PackageResult result = matcher.match("pkg:npm/left-pad");

        assertThat(result.status()).isEqualTo(CoverageStatus.UNMAPPABLE);
        assertThat(result.reason()).isEqualTo("purl has no version");
        assertThat(result.ecosystem()).isNull();
    }

    private PackageMatcher matcher(String... records) throws Exception {
        return new PackageMatcher(SnapshotFixtures.install(dir, records));
    }
}
