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

/** Vectors from rubygems/rubygems, test/rubygems/test_gem_version.rb, unless noted. */
class RubyGemsSchemeTest {

    private final RubyGemsScheme scheme = RubyGemsScheme.INSTANCE;

    @ParameterizedTest(name = "{0} < {1}")
    @CsvSource({
        // test_spaceship
        "1.0.a, 1.0", "0.0.0, 1.8.2", "1.8.2.a, 1.8.2", "1.8.2.a, 1.8.2.b", "1.8.2.a9, 1.8.2.a10",
        "0.0.beta, 0.0.beta.1", "0.0.beta, 0.beta.1", "5.a, 5.0.0.rc2", "5.0.0.rc2, 5.x",
        // test_semver
        "1.0.0-alpha, 1.0.0-alpha.1", "1.0.0-alpha.1, 1.0.0-beta.2", "1.0.0-beta.2, 1.0.0-beta.11",
        "1.0.0-beta.11, 1.0.0-rc.1", "1.0.0-rc1, 1.0.0", "1.0.0-1, 1",
        // test_frozen_version; a word sorts before a number in the same place
        "1.freeze.test, 1", "1.2.3.pre, 1.2.3.0.1", "1.9, 1.10", "1.2.B, 1.2.a"
    })
    void ordersLeftBeforeRight(String lower, String higher) throws InvalidVersionException {
        assertThat(scheme.compare(lower, higher)).isNegative();
        assertThat(scheme.compare(higher, lower)).isPositive();
    }

    @ParameterizedTest(name = "{0} == {1}")
    @CsvSource({
        // test_spaceship, test_equals2, test_hash, test_initialize, test_empty_version
        "1.0, 1.0.0", "'', 0", "0.beta.1, 0.0.beta.1", "1.2.b1, 1.2.b.1", "1.2, 1.2.0",
        "1.2.pre.1, 1.2.0.pre.1.0", "1.0, ' 1.0 '", "1.0, '\n1.0\n'", "1.2.3-1, 1.2.3.pre.1",
        "'   ', 0", "1.01, 1.1"
    })
    void treatsSpellingsOfOneVersionAsEqual(String left, String right)
            throws InvalidVersionException {
        RubyGemsVersion a = scheme.parse(left);
        RubyGemsVersion b = scheme.parse(right);

        assertThat(a.compareTo(b)).isZero();
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    }

    @ParameterizedTest(name = "{0} is a prerelease")
    @ValueSource(strings = {"1.2.0.a", "2.9.b", "22.1.50.0.d", "1.2.d.42", "1.A", "1-1", "1-a"})
    void flagsPrereleases(String version) throws InvalidVersionException {
        assertThat(scheme.parse(version).isPrerelease()).isTrue();
    }

    @ParameterizedTest(name = "{0} is a release")
    @ValueSource(strings = {"1.2.0", "2.9", "22.1.50.0"})
    void flagsReleases(String version) throws InvalidVersionException {
        assertThat(scheme.parse(version).isPrerelease()).isFalse();
    }

    @Test
    void spellsADashAsPre() throws InvalidVersionException {
        assertThat(scheme.parse(" 1.2.3-1 ")).hasToString("1.2.3.pre.1");
    }

    @ParameterizedTest(name = "rejects \"{0}\"")
    @ValueSource(strings = {
        // test_initialize_invalid, including the CVE-2013-4287 string
        "junk", "1.0\n2.0", "1..2", "1.2 3.4",
        "2.3422222.222.222222222.22222.ads0as.dasd0.ddd2222.2.qd3e.",
        // a leading v, SemVer build metadata and a trailing dot are not Gem::Version
        "v1.0", "1.0.0+build", "1.0.", "-1", "1.0-", "1.0_1"
    })
    void rejectsWhatGemVersionRejects(String text) {
        assertThatThrownBy(() -> scheme.parse(text))
                .isInstanceOf(InvalidVersionException.class)
                .hasMessageStartingWith("invalid rubygems version");
    }

    @Test
    void readsEveryVersionInTheRubyGemsCorpus() {
        Set<String> corpus = CorpusVersions.fromOsv("osv-ghsa/RubyGems");

        List<String> unreadable = new ArrayList<>();
        for (String version : corpus) {
            try {
                scheme.parse(version);
            } catch (InvalidVersionException e) {
                unreadable.add(e.getMessage());
            }
        }

        assertThat(corpus).contains("1.4.0.beta1", "3.17.0.rc.1", "3.x");
        assertThat(unreadable).isEmpty();
    }
}
