// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Vectors from NuGet/NuGet.Client, test/NuGet.Core.Tests/NuGet.Versioning.Test:
 * VersionComparerTests, NuGetVersionTest, SemVer201SpecTests and VersionParsingTests.
 */
class NuGetSchemeTest {

    private final NuGetScheme scheme = NuGetScheme.INSTANCE;

    @ParameterizedTest(name = "{0} < {1}")
    @CsvSource({
        // VersionComparerTests.VersionComparisonDefaultLess
        "0.0.0, 1.0.0", "1.0.0, 1.1.0", "1.0.0, 1.0.1", "1.999.9999, 2.1.1",
        "1.0.0-BETA, 1.0.0-beta2", "1.0.0-beta+AA, 1.0.0+aa", "1.0.0-BETA, 1.0.0-beta.1+AA",
        "1.0.0-BETA.X.y.5.77.0+AA, 1.0.0-beta.x.y.5.79.0+aa",
        "1.0.0-BETA.X.y.5.79.0+AA, 1.0.0-beta.x.y.5.790.0+abc",
        // NuGetVersionTest.SemVerLessThanAndGreaterThanOperatorsWorks
        "1.0, 1.0.1", "1.23, 1.231", "1.4.5.6, 1.45.6", "1.4.5.6, 1.4.5.60", "1.01, 1.10",
        "1.01-alpha, 1.10-beta", "1.01.0-RC-1, 1.10.0-rc-2", "1.01-RC-1, 1.01",
        "1.01, 1.2-preview",
        // SemVer201SpecTests: sort rules
        "1.2.3, 1.2.4", "1.2.3, 2.0.0", "9.9.9, 10.1.1", "1.2.3-alpha, 1.2.3", "1.2.3-2, 1.2.3-3",
        "1.2.3-1.9, 1.2.3-1.50", "1.2.3-2A, 1.2.3-3A", "1.2.3-1.50A, 1.2.3-1.9A",
        "1.2.3-999999, 1.2.3-Z", "1.2.3-A.999999, 1.2.3-A.56-2", "1.2.3-a, 1.2.3-a.2",
        "1.2.3-a.2.3.4, 1.2.3-a.2.3.4.5",
        // legacy fourth number
        "1.0.0, 1.0.0.1", "1.0.0.1-beta, 1.0.0.1", "1.0.0.9, 1.0.1"
    })
    void ordersLeftBeforeRight(String lower, String higher) throws InvalidVersionException {
        assertThat(scheme.compare(lower, higher)).isNegative();
        assertThat(scheme.compare(higher, lower)).isPositive();
    }

    @ParameterizedTest(name = "{0} == {1}")
    @CsvSource({
        // VersionComparerTests.VersionComparisonDefaultEqual
        "1.0.0, 1.0.0", "1.0.0-BETA, 1.0.0-beta", "1.0.0-BETA+AA, 1.0.0-beta+aa",
        "1.0.0-BETA.X.y.5.77.0+AA, 1.0.0-beta.x.y.5.77.0+aa",
        // NuGetVersionTest.SemVerEqualsOperatorWorks and VersionParsingTests.VersionLength
        "1.0, 1.0.0.0", "1.23.01, 1.23.1", "1.45.6, 1.45.6.0", "1.45.6-Alpha, 1.45.6-Alpha",
        "1.6.2-BeTa, 1.6.02-beta", "'22.3.07     ', 22.3.07", "2, 2.0.0.0",
        // SemVer201SpecTests.SemVerSortIgnoreReleaseCasing; metadata never counts
        "1.2.3-a, 1.2.3-A", "1.2.3-A-b2-C, 1.2.3-a-B2-c", "1.0.0+build.1, 1.0.0+build.2"
    })
    void treatsSpellingsOfOneVersionAsEqual(String left, String right)
            throws InvalidVersionException {
        NuGetVersion a = scheme.parse(left);
        NuGetVersion b = scheme.parse(right);

        assertThat(a.compareTo(b)).isZero();
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    }

    /** NuGetVersionTest.ToStringReturnsNormalizedForSemVer2 and VersionParsingTests. */
    @ParameterizedTest(name = "{0} normalizes to {1}")
    @CsvSource({
        "1.0+A, 1.0.0+A", "1.0-1.1, 1.0.0-1.1", "1.0-1.1+B.B, 1.0.0-1.1+B.B",
        "1.0.0009.01-1.1+A, 1.0.9.1-1.1+A", "2.0.0.0, 2.0.0", "  1.3.42.10133-PreRelease  ,"
            + " 1.3.42.10133-PreRelease"
    })
    void printsTheNormalizedForm(String input, String normalized) throws InvalidVersionException {
        assertThat(scheme.parse(input)).hasToString(normalized);
    }

    @ParameterizedTest(name = "rejects \"{0}\"")
    @ValueSource(strings = {
        // NuGetVersionTest.ParseThrowsIfStringIsNotAValidSemVer
        "1beta", "$version$", "1.2Av^c", "1.2..", "1.2.3.4.5", "1.2.3.Beta",
        "1.2.3.4This version is full of awesomeness!!", "So.is.this", "1.34.2Alpha",
        "1.34.2Release Candidate", "1.4.7-", "1.4.7-*", "1.4.7+*", "1.4.7-AA.01^",
        "1.4.7-AA.0A^", "1.4.7-A^A", "1.4.7+AA.01^",
        // SemVer201SpecTests: bad labels and metadata
        "0.1.2-Alpha..2", "0.1.2-Alpha.", "0.1.2-.AA", "0.1.2-alp=ha", "0.1.2-02",
        "0.1.2-2.A.02", "0.1.2+\u00c4\u00c4", "0.1.2+2+A", "0.1.2+02A.", "0.1.2+",
        "1.2. 3", "X.2.3", "-1.2.3",
        // no leading v, numbers within the int range, not empty
        "v1.0.0", "", "  ", "1.2147483648"
    })
    void rejectsWhatNuGetRejects(String text) {
        assertThatThrownBy(() -> scheme.parse(text))
                .isInstanceOf(InvalidVersionException.class)
                .hasMessageStartingWith("invalid nuget version");
    }

    @Test
    void explainsALeadingV() {
        assertThatThrownBy(() -> scheme.parse("v1.0"))
                .hasMessageContaining("leading 'v'");
    }

    @Test
    void readsEveryVersionInTheNuGetCorpus() {
        Set<String> corpus = CorpusVersions.fromOsv("osv-ghsa/NuGet");

        List<String> unreadable = new ArrayList<>();
        for (String version : corpus) {
            try {
                scheme.parse(version);
            } catch (InvalidVersionException e) {
                unreadable.add(e.getMessage());
            }
        }

        assertThat(corpus).contains("21.11.29.1", "5.0.0-preview.7.20364.11");
        assertThat(unreadable).isEmpty();
    }
}
