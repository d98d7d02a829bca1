// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stellaops.version.OrderingCases.assertBefore;
import static org.stellaops.version.OrderingCases.assertSamePrecedence;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Vectors from Apache Maven's ComparableVersionTest
 * (apache/maven, compat/maven-artifact/src/test/java/org/apache/maven/artifact/versioning),
 * checked against the maven-artifact release on our classpath.
 */
class MavenSchemeTest {

    private final MavenScheme scheme = MavenScheme.INSTANCE;

    /** ComparableVersionTest.VERSIONS_QUALIFIER and VERSIONS_NUMBER, both written ascending. */
    static Stream<Arguments> ascendingLists() {
        return Stream.concat(
                OrderingCases.ascending("1-alpha2snapshot", "1-alpha2", "1-alpha-123", "1-beta-2",
                        "1-beta123", "1-m2", "1-m11", "1-rc", "1-cr2", "1-rc123", "1-SNAPSHOT", "1",
                        "1-sp", "1-sp2", "1-sp123", "1-abc", "1-def", "1-pom-1", "1-1-snapshot",
                        "1-1", "1-2", "1-123"),
                OrderingCases.ascending("2.0", "2.0.a", "2-1", "2.0.2", "2.0.123", "2.1.0",
                        "2.1-a", "2.1b", "2.1-c", "2.1-1", "2.1.0.1", "2.2", "2.123", "11.a2",
                        "11.a11", "11.b2", "11.b11", "11.m2", "11.m11", "11", "11.a", "11b", "11c",
                        "11m"));
    }

    @ParameterizedTest(name = "{0} < {1}")
    @MethodSource("ascendingLists")
    void ordersQualifierAndNumberLists(String lower, String higher)
            throws InvalidVersionException {
        assertBefore(scheme, lower, higher);
    }

    /** testVersionComparing, testLeadingZeroes and the MNG-5568, 6572, 6964 and 7644 cases. */
    @ParameterizedTest(name = "{0} < {1}")
    @CsvSource({
        "1, 2", "1.5, 2", "1, 2.5", "1.0, 1.1", "1.1, 1.2", "1.0.0, 1.1", "1.0.1, 1.1",
        "1.1, 1.2.0", "1.0-alpha-1, 1.0", "1.0-alpha-1, 1.0-alpha-2", "1.0-alpha-1, 1.0-beta-1",
        "1.0-beta-1, 1.0-SNAPSHOT", "1.0-SNAPSHOT, 1.0", "1.0-alpha-1-SNAPSHOT, 1.0-alpha-1",
        "1.0, 1.0-1", "1.0-1, 1.0-2", "1.0.0, 1.0-1", "2.0-1, 2.0.1", "2.0.1-klm, 2.0.1-lmn",
        "2.0.1, 2.0.1-xyz", "2.0.1, 2.0.1-123", "2.0.1-xyz, 2.0.1-123",
        "0.7, 2", "0.2, 1.0.7",
        "6.1.0rc3, 6.1.0", "6.1.0rc3, 6.1H.5-beta", "6.1.0, 6.1H.5-beta",
        "20190126.230843, 1234567890.12345", "1234567890.12345, 123456789012345.1H.5-beta",
        "123456789012345.1H.5-beta, 12345678901234567890.1H.5-beta",
        "1-0.alpha, 1-0.beta", "1-0.alpha, 1", "1-0.beta, 1",
        "1.0.0.RC1, 1.0.0-RC2", "1.0.0.alpha1, 1.0.0-alpha2"
    })
    void ordersLikeComparableVersionTest(String lower, String higher)
            throws InvalidVersionException {
        assertBefore(scheme, lower, higher);
    }

    /**
     * testVersionsEqual, testVersionsHaveSameOrderButAreNotEqual, testLocaleIndependent, the
     * leading-zero tests and the MNG-7644 equalities.
     */
    @ParameterizedTest(name = "{0} == {1}")
    @CsvSource({
        "1, 1.0", "1, 1.0.0", "1.0, 1.0.0", "1, 1-0", "1, 1.0-0", "1.0, 1.0-0",
        "1a, 1-a", "1a, 1.0-a", "1a, 1.0.0-a", "1.0a, 1-a", "1.0.0a, 1-a",
        "1x, 1-x", "1x, 1.0-x", "1x, 1.0.0-x", "1.0x, 1-x", "1.0.0x, 1-x",
        "1cr, 1rc", "1a1, 1-alpha-1", "1b2, 1-beta-2", "1m3, 1-milestone-3",
        "1X, 1x", "1A, 1a", "1Cr, 1Rc", "1m3, 1MILESTONE3",
        "1ga, 1", "1release, 1", "1final, 1", "1GA, 1", "1RELeaSE, 1", "1FinaL, 1",
        "0000000000000000001, 1", "0000000000000000000, 0",
        "2-abc, 2.0.abc", "2-abc, 2.0.0.abc", "2-RC, 2.0.0.RC",
        "1-abcdefghijklmnopqrstuvwxyz, 1-ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    })
    void treatsAliasesAndPaddingAsEqual(String left, String right)
            throws InvalidVersionException {
        assertSamePrecedence(scheme, left, right);
    }

    @Test
    void keepsTheTextOfEqualVersions() throws InvalidVersionException {
        MavenVersion shortForm = scheme.parse("1.0");
        MavenVersion longForm = scheme.parse("1.0.0");

        assertThat(shortForm).isEqualByComparingTo(longForm).isNotEqualTo(longForm);
        assertThat(longForm.text()).isEqualTo("1.0.0");
    }

    @ParameterizedTest(name = "rejects \"{0}\"")
    @ValueSource(strings = {"", " ", "1.0 ", "1.0\t", "[1.0,2.0)", "(,1.0]", "1.0,2.0", "[1.0]"})
    void rejectsEmptyTextAndRanges(String text) {
        assertThatThrownBy(() -> scheme.parse(text))
                .isInstanceOf(InvalidVersionException.class)
                .hasMessageStartingWith("invalid maven version '" + text + "'");
    }
}
