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

/** Vectors from composer/semver tests: VersionParserTest, ComparatorTest and SemverTest. */
class ComposerSchemeTest {

    private final ComposerScheme scheme = ComposerScheme.INSTANCE;

    /** One GHSA record packs two versions into one field; no parser can read that. */
    private static final Set<String> CORPUS_DATA_ERRORS = Set.of("2.0.49.4, 2.0.50");

    /** VersionParserTest::successfulNormalizedVersions, less the dev- branches. */
    @ParameterizedTest(name = "{0} normalizes to {1}")
    @CsvSource({
        "1.0.0, 1.0.0.0", "1.2.3.4, 1.2.3.4", "1.0.0RC1dev, 1.0.0.0-RC1-dev",
        "1.0.0-rC15-dev, 1.0.0.0-RC15-dev", "1.0.0.RC.15-dev, 1.0.0.0-RC15-dev",
        "1.0.0-rc1, 1.0.0.0-RC1", "1.0.0.pl3-dev, 1.0.0.0-patch3-dev", "1.0-dev, 1.0.0.0-dev",
        "0, 0.0.0.0", "10.4.13-beta, 10.4.13.0-beta", "10.4.13beta2, 10.4.13.0-beta2",
        "10.4.13beta.2, 10.4.13.0-beta2", "v1.13.11-beta.0, 1.13.11.0-beta0",
        "1.13.11.0-beta0, 1.13.11.0-beta0", "10.4.13-b, 10.4.13.0-beta",
        "10.4.13-b5, 10.4.13.0-beta5", "v1.0.0, 1.0.0.0", "2010.01, 2010.01.0.0",
        "2010.01.02, 2010.01.02.0", "2010.1.555, 2010.1.555.0", "2010.10.200, 2010.10.200.0",
        "20230131.0.0, 20230131.0.0", "202301310000.0.0, 202301310000.0.0",
        "v20100102, 20100102", "20100102, 20100102", "20100102.0, 20100102.0",
        "20100102.1.0, 20100102.1.0", "20100102.0.3, 20100102.0.3",
        "2010-01-02-10-20-30.0.3, 2010.01.02.10.20.30.0.3",
        "2010-01-02-10-20-30.5, 2010.01.02.10.20.30.5", "2010-01-02, 2010.01.02",
        "2012.06.07, 2012.06.07.0", "2010-01-02.5, 2010.01.02.5",
        "20100102-203040, 20100102.203040",
        "20100102.x-dev, 20100102.9999999.9999999.9999999-dev",
        "20100102.203040.x-dev, 20100102.203040.9999999.9999999-dev",
        "20100102203040-10, 20100102203040.10", "20100102-203040-p1, 20100102.203040-patch1",
        "201903.0, 201903.0", "201903.x-dev, 201903.9999999.9999999.9999999-dev",
        "201903.0-p2, 201903.0-patch2", "1.x-dev, 1.9999999.9999999.9999999-dev",
        "1.0.0+foo@dev, 1.0.0.0", "1.0.0-beta.5+foo, 1.0.0.0-beta5", "1.0.0+foo, 1.0.0.0",
        "1.0.0-alpha.3.1+foo, 1.0.0.0-alpha3.1", "1.0.0-alpha2.1+foo, 1.0.0.0-alpha2.1",
        "1.0.0-alpha-2.1-3+foo, 1.0.0.0-alpha2.1-3", "1.0.0+foo as 2.0, 1.0.0.0",
        "00.01.03.04, 00.01.03.04", "000.001.003.004, 000.001.003.004",
        "0.000.103.204, 0.000.103.204", "0700, 0700.0.0.0",
        "041.x-dev, 041.9999999.9999999.9999999-dev", "' 1.0.0', 1.0.0.0", "'1.0.0 ', 1.0.0.0"
    })
    void normalizesLikeComposer(String input, String normalized) throws InvalidVersionException {
        assertThat(scheme.normalize(input)).isEqualTo(normalized);
        assertThat(scheme.parse(input)).hasToString(normalized);
    }

    @ParameterizedTest(name = "{0} < {1}")
    @CsvSource({
        // ComparatorTest and SemverTest::sortProvider
        "1.24.0, 1.25.0", "1.25.0, 1.26.0", "1.0.0, 1.2-dev", "1.25.0-beta2.1, 1.25.0-b.3",
        "1.25.0-b2.1, 1.25.0beta.3", "1.25.0-b-2.1, 1.25.0-rc", "0.1, 1.0", "2.4.0-alpha, 2.4.0",
        "2.4.0, 3.2.1", "1.0, 50.2",
        // stability order and what a bound like <1.2.3 really means
        "1.0.0-dev, 1.0.0-alpha", "1.0.0-alpha, 1.0.0-beta", "1.0.0-beta, 1.0.0-RC",
        "1.0.0-RC, 1.0.0", "1.0.0, 1.0.0-patch1", "1.0.0-beta1-dev, 1.0.0-beta1",
        "1.0.0-beta1, 1.0.0-beta2", "1.0.0-beta9, 1.0.0-beta10", "1.2.3-beta, 1.2.3",
        "1.9999.9999, 2.0.0", "1.0.x-dev, 1.1.0", "1.0.0.0, 1.0.0.1"
    })
    void ordersLeftBeforeRight(String lower, String higher) throws InvalidVersionException {
        assertThat(scheme.compare(lower, higher)).isNegative();
        assertThat(scheme.compare(higher, lower)).isPositive();
    }

    @ParameterizedTest(name = "{0} == {1}")
    @CsvSource({
        // ComparatorTest::compareProvider '==' rows, then spellings of one version
        "1.25.0, 1.25.0", "1.25.0-beta2.1, 1.25.0-b.2.1", "1.25.0beta2.1, 1.25.0-b2.1",
        "1.0, v1.0.0.0", "1.0.0-pl1, 1.0.0-patch1", "01.2, 1.2", "1.0.0+build1, 1.0.0+build2"
    })
    void treatsSpellingsOfOneVersionAsEqual(String left, String right)
            throws InvalidVersionException {
        ComposerVersion a = scheme.parse(left);
        ComposerVersion b = scheme.parse(right);

        assertThat(a.compareTo(b)).isZero();
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    }

    /** VersionParserTest::failingNormalizedVersions. */
    @ParameterizedTest(name = "rejects \"{0}\"")
    @ValueSource(strings = {
        "", "a", "1.0.0-meh", "1.0.0.0.0", "feature-foo", "1.0.0+foo bar", "1.0.1-SNAPSHOT",
        "1.0.0<1.0.5-dev", "1.0.0-dev<1.0.5-dev", "foo bar-dev", "1.0 .2", " as ", " as 1.2",
        "^", "^8 || ^", "~", "~1 ~", "~1", "^1", "1.*", "20100102.0.3.4"
    })
    void rejectsWhatComposerRejects(String text) {
        assertThatThrownBy(() -> scheme.parse(text))
                .isInstanceOf(InvalidVersionException.class)
                .hasMessageStartingWith("invalid composer version");
    }

    /** Branches normalize fine in Composer, but it never orders them against versions. */
    @ParameterizedTest(name = "refuses to order branch \"{0}\"")
    @ValueSource(strings = {
        "dev-master", "master", "trunk", "default", "dev-feature-foo", "DEV-FOOBAR",
        "dev-feature/foo", "dev-master as 1.0.0", "dev-load-varnish-only-when-used@stable"
    })
    void refusesToOrderDevBranches(String text) {
        assertThatThrownBy(() -> scheme.parse(text))
                .isInstanceOf(InvalidVersionException.class)
                .hasMessageContaining("dev branch");
    }

    @Test
    void readsEveryVersionInThePackagistCorpus() {
        Set<String> corpus = CorpusVersions.fromOsv("osv-ghsa/Packagist");

        List<String> unreadable = new ArrayList<>();
        for (String version : corpus) {
            try {
                scheme.parse(version);
            } catch (InvalidVersionException e) {
                unreadable.add(version);
            }
        }

        assertThat(corpus).hasSizeGreaterThan(100);
        assertThat(unreadable).containsExactlyInAnyOrderElementsOf(CORPUS_DATA_ERRORS);
    }
}
