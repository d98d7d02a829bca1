// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stellaops.version.OrderingCases.assertBefore;
import static org.stellaops.version.OrderingCases.assertSamePrecedence;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class GoSchemeTest {

    private final GoScheme scheme = GoScheme.INSTANCE;

    /**
     * The valid entries of the {@code tests} table in golang.org/x/mod/semver/semver_test.go, in
     * its order; the strings of one group share a canonical form and so compare equal.
     */
    private static final List<List<String>> X_MOD_SEMVER_GROUPS = List.of(
            List.of("v1.0.0-alpha"),
            List.of("v1.0.0-alpha.1"),
            List.of("v1.0.0-alpha.beta"),
            List.of("v1.0.0-beta"),
            List.of("v1.0.0-beta.2"),
            List.of("v1.0.0-beta.11"),
            List.of("v1.0.0-rc.1"),
            List.of("v1", "v1.0", "v1.0.0"),
            List.of("v1.2", "v1.2.0"),
            List.of("v1.2.3-456"),
            List.of("v1.2.3-456.789"),
            List.of("v1.2.3-456-789"),
            List.of("v1.2.3-456a"),
            List.of("v1.2.3-pre", "v1.2.3-pre+meta"),
            List.of("v1.2.3-pre.1"),
            List.of("v1.2.3-zzz"),
            List.of("v1.2.3", "v1.2.3+meta", "v1.2.3+meta-pre", "v1.2.3+meta-pre.sha.256a"));

    static Stream<Arguments> xModAscendingPairs() {
        int groups = X_MOD_SEMVER_GROUPS.size();
        return IntStream.range(0, groups).boxed()
                .flatMap(i -> IntStream.range(i + 1, groups).boxed()
                        .flatMap(j -> X_MOD_SEMVER_GROUPS.get(i).stream()
                                .flatMap(lower -> X_MOD_SEMVER_GROUPS.get(j).stream()
                                        .map(higher -> Arguments.of(lower, higher)))));
    }

    static Stream<Arguments> xModEqualPairs() {
        return X_MOD_SEMVER_GROUPS.stream()
                .flatMap(group -> OrderingCases.allEqual(group.toArray(String[]::new)));
    }

    @ParameterizedTest(name = "{0} < {1}")
    @MethodSource("xModAscendingPairs")
    void ordersLikeXModSemver(String lower, String higher) throws InvalidVersionException {
        assertBefore(scheme, lower, higher);
    }

    @ParameterizedTest(name = "{0} == {1}")
    @MethodSource("xModEqualPairs")
    void treatsShorthandAndBuildMetadataAsEqual(String left, String right)
            throws InvalidVersionException {
        assertSamePrecedence(scheme, left, right);
    }

    /**
     * The extra TestCompare cases of x/mod/semver, then pseudo-versions as the Go Modules
     * Reference (go.dev/ref/mod#pseudo-versions) describes them: after the tagged base, before the
     * next release, and in commit-time order among themselves.
     */
    @ParameterizedTest(name = "{0} < {1}")
    @CsvSource({
        "v1, v2",
        "v1.2, v1.19",
        "v0.0.0-20191109021931-daa7c04131f5, v0.0.0-20200101000000-0123456789ab",
        "v0.0.0-20191109021931-daa7c04131f5, v0.0.1",
        "v1.2.3, v1.2.4-0.20191109021931-daa7c04131f5",
        "v1.2.4-0.20191109021931-daa7c04131f5, v1.2.4",
        "v1.2.4-pre, v1.2.4-pre.0.20191109021931-daa7c04131f5",
        "v1.2.4-pre.0.20191109021931-daa7c04131f5, v1.2.4-pre.1",
        "2.0.0+incompatible, 2.0.1",
        "10.7.0-rc1+incompatible, 10.7.0"
    })
    void ordersPseudoVersionsByTime(String lower, String higher) throws InvalidVersionException {
        assertBefore(scheme, lower, higher);
    }

    /** OSV Go records drop the "v" Go itself requires: "1.2.3" in golang/vulndb data/osv. */
    @ParameterizedTest(name = "{0} == {1}")
    @CsvSource({
        "1.2.3, v1.2.3",
        "0.0.0-20191109021931-daa7c04131f5, v0.0.0-20191109021931-daa7c04131f5",
        "2.0.0+incompatible, v2.0.0",
        "v2.0.0+incompatible, v2.0.0"
    })
    void acceptsVersionsWithoutV(String left, String right) throws InvalidVersionException {
        assertSamePrecedence(scheme, left, right);
    }

    @Test
    void recognisesIncompatibleMajorVersions() throws InvalidVersionException {
        assertThat(scheme.parse("v2.3.0+incompatible").isIncompatible()).isTrue();
        assertThat(scheme.parse("2.3.0+incompatible").isIncompatible()).isTrue();
        assertThat(scheme.parse("v2.3.0").isIncompatible()).isFalse();
    }

    /** The invalid entries of the x/mod/semver table, then malformed strings of our own. */
    @ParameterizedTest(name = "rejects \"{0}\"")
    @ValueSource(strings = {
        "bad", "v1-alpha.beta.gamma", "v1-pre", "v1+meta", "v1-pre+meta", "v1.2-pre",
        "v1.2+meta", "v1.2-pre+meta",
        "", "v", "vv1.2.3", "V1.2.3", "v01.2.3", "v1.2.3-01", "v1.2.3-", "v1.2.3+",
        "v1.2.3 ", " v1.2.3", "v1.2.3.4", "v99999999999999999999.0.0"
    })
    void rejectsWhatGoRejects(String text) {
        assertThatThrownBy(() -> scheme.parse(text))
                .isInstanceOf(InvalidVersionException.class)
                .hasMessageStartingWith("invalid go version '" + text + "'");
    }
}
