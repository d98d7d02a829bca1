// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Pep440SchemeTest {

    private final Pep440Scheme scheme = Pep440Scheme.INSTANCE;

    /** The sorted VERSIONS list of pypa/packaging, tests/test_version.py. */
    private static final String PACKAGING_ORDER = """
            1.0.dev0 1.0.dev456 1.0.dev456+local 1.0a0 1.0a0.post0.dev0 1.0a0.post0 1.0a1.dev1
            1.0a1.dev1+local 1.0a1 1.0a1+local 1.0b0 1.0b1.dev456 1.0b2 1.0b2.post345.dev456
            1.0b2.post345 1.0b2-346 1.0rc0 1.0rc1.dev1 1.0c1 1.0rc2 1.0 1.0.post0.dev0 1.0.post0
            1.0.post456.dev34 1.0.post456 1.0.post456+local 1.0.1.dev1 1.0.1a1 1.0.1 1.0.1+local
            1.0.1.post1 1.1.dev1 1.2+a 1.2+abc 1.2+abcdef 1.2+def 1.2+0 1.2+1 1.2+1.abc 1.2+1.1
            1.2+1.1.0 1.2+2 1.2+123 1.2+123456 1.2.r32+123456 1.2.rev33+123456
            1!1.0.dev0 1!1.0.dev456 1!1.0.dev456+local 1!1.0a0 1!1.0a0.post0.dev0 1!1.0a0.post0
            1!1.0a1.dev1 1!1.0a1.dev1+local 1!1.0a1 1!1.0a1+local 1!1.0b0 1!1.0b1.dev456 1!1.0b2
            1!1.0b2.post345.dev456 1!1.0b2.post345 1!1.0b2-346 1!1.0rc0 1!1.0rc1.dev1 1!1.0c1
            1!1.0rc2 1!1.0 1!1.0.post0.dev0 1!1.0.post0 1!1.0.post456.dev34 1!1.0.post456
            1!1.0.post456+local 1!1.0.1.dev1 1!1.0.1a1 1!1.0.1 1!1.0.1+local 1!1.0.1.post1
            1!1.1.dev1 1!1.2+a 1!1.2+abc 1!1.2+abcdef 1!1.2+def 1!1.2+0 1!1.2+1 1!1.2+1.abc
            1!1.2+1.1 1!1.2+1.1.0 1!1.2+2 1!1.2+123 1!1.2+123456 1!1.2.r32+123456
            1!1.2.rev33+123456
            """;

    /** PEP 440, "Summary of permitted suffixes and relative ordering" and "Version epochs". */
    private static final String SPEC_ORDER = """
            1.dev0 1.0.dev456 1.0a1 1.0a2.dev456 1.0a12.dev456 1.0a12 1.0b1.dev456 1.0b2
            1.0b2.post345.dev456 1.0b2.post345 1.0rc1.dev456 1.0rc1 1.0 1.0+abc.5 1.0+abc.7
            1.0+5 1.0.post456.dev34 1.0.post456 1.0.15 1.1.dev1
            2013.10 2014.04 1!1.0 1!1.1 1!2.0
            """;

    /**
     * Corpus strings that are not PEP 440 at all: pre-PEP 440 releases still listed on PyPI
     * (milestones "0.3m1", "-final", ISO timestamps, "trunk"). packaging 26 rejects every one
     * of them too, so PyPI range matching cannot place them either.
     */
    private static final Set<String> LEGACY_NON_PEP440 = Set.of(("""
            -class.-jw.util.version.Version- 0.1-bulbasaur 0.1-charmander 0.2.0-n653 0.3.1-p1
            0.3.2d 0.3.2d.dev 0.3.2e.dev 0.3.2f 0.3.2f.dev 0.3.2g.dev 0.3m1 0.3m2 0.3m3 0.3m4
            0.3m5 0.4.0-p1 0.4m1 0.4m2 0.4m3 0.4m4 0.4m5 0.5m1 0.5m2 0.5m3 0.5m4 0.5m5 0.6m1
            0.6m2 0.6m3 0.6m4 0.6m5 0.6m6 0.7.0d 0.7.1.fix1 0.7.10p1 0.7.11p1 0.7.11p2 0.7.11p3
            0.7.4.svn.r2010 0.8.1p1 0.8.3p1 0.8.4p1 0.8.4p2 0.8.6p1 0.8.7p1 0.9-doduo 0.9-eevee
            0.9-fearow 0.9-gyarados 0.9-horsea 0.9-ivysaur 1.0beta6.1 2.0.0-final 2.0.1rc2-git
            2013-01-21T20:33:09+0100 2013-01-23T17:11:52+0100 2013-02-01T20:50:46+0100
            2013-02-02T19:59:03+0100 2013-02-02T20:23:17+0100 2013-02-08T17:40:57+0000
            2013-03-27T16:32:26+0100 2013-05-09T12:47:53+0200 2013-05-10T17:55:56+0200
            2013-05-14T20:16:05+0200 2013-06-01T10:32:51+0200 2013-07-19T09:11:08+0000
            2013-08-12T21:48:56+0200 2013-09-11T19-27-10 2013-12-23T17-51-15 2014-01-12T15-52-10
            2019-09-12 3.0.0b3- 4.11-final 5.0-final a3 trunk
            """).strip().split("\\s+"));

    @Test
    void packagingTestListIsInAscendingOrder() throws InvalidVersionException {
        assertStrictlyAscending(words(PACKAGING_ORDER));
    }

    @Test
    void specOrderingExamplesAreInAscendingOrder() throws InvalidVersionException {
        assertStrictlyAscending(words(SPEC_ORDER));
    }

    @ParameterizedTest(name = "{0} < {1}")
    @CsvSource({
        "1.0a1, 1.0a1.post1", "1.0.dev1, 1.0a1", "1.0a1.dev1, 1.0a1", "1.0, 1.0.post0.dev0",
        "1.0, 1.0+local", "1.0+abc, 1.0+1", "1.0+1, 1.0+1.0", "0!9, 1!0", "1.0.99999, 1.1",
        "1.0.post10035392509, 1.0.post10035392510", "1.0, 1.0+ubuntu.1"
    })
    void ordersLeftBeforeRight(String lower, String higher) throws InvalidVersionException {
        assertThat(scheme.compare(lower, higher)).isNegative();
        assertThat(scheme.compare(higher, lower)).isPositive();
    }

    @ParameterizedTest(name = "{0} == {1}")
    @CsvSource({
        "1.0, 1.0.0", "1.0, 1.0.0.0.0", "1.0rc1, 1.0c1", "1.0rc1, 1.0pre1", "1.0rc1, 1.0preview1",
        "1.0-1, 1.0.post1", "1.0+01, 1.0+1", "1.0+ABC, 1.0+abc", "1.0+a-b, 1.0+a_b",
        "0!1.0, 1.0", "1.0.0a1, 1.0a1", "V1.0, 1.0"
    })
    void treatsSpellingsOfOneVersionAsEqual(String left, String right)
            throws InvalidVersionException {
        Pep440Version a = scheme.parse(left);
        Pep440Version b = scheme.parse(right);

        assertThat(a.compareTo(b)).isZero();
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    }

    /** Normalizations from pypa/packaging tests/test_version.py (test_normalized_versions). */
    @ParameterizedTest(name = "{0} normalizes to {1}")
    @CsvSource({
        "1.0dev, 1.0.dev0", "1.0.dev, 1.0.dev0", "1.0-dev1, 1.0.dev1", "1.0.DEV1, 1.0.dev1",
        "1.0a, 1.0a0", "1.0.a1, 1.0a1", "1.0-alpha, 1.0a0", "1.0.ALPHA1, 1.0a1",
        "1.0b, 1.0b0", "1.0-beta1, 1.0b1", "1.0.B1, 1.0b1", "1.0c, 1.0rc0", "1.0-c1, 1.0rc1",
        "1.0.RC, 1.0rc0", "1.0-RC1, 1.0rc1", "1.0post, 1.0.post0", "1.0-post1, 1.0.post1",
        "1.0POST, 1.0.post0", "1.0r, 1.0.post0", "1.0rev, 1.0.post0", "1.0.r1, 1.0.post1",
        "1.0-5, 1.0.post5", "1.0-r5, 1.0.post5", "1.0-rev5, 1.0.post5", "1.0+AbC, 1.0+abc",
        "1.01, 1.1", "1.0a05, 1.0a5", "1.0c056, 1.0rc56", "1.0.post000, 1.0.post0",
        "1.1.dev09000, 1.1.dev9000", "00!1.2, 1.2", "0100!0.0, 100!0.0", "v1.0, 1.0",
        "1.0+ubuntu-1, 1.0+ubuntu.1", "1.0_a_1, 1.0a1"
    })
    void normalizesLikePackaging(String input, String normalized) throws InvalidVersionException {
        assertThat(scheme.parse(input)).hasToString(normalized);
    }

    @Test
    void trimsSurroundingWhitespaceIncludingNoBreakSpaces() throws InvalidVersionException {
        assertThat(scheme.parse("   v1.0\t\n")).hasToString("1.0");
        assertThat(scheme.parse("\u202f1.0\t\u2029\n ")).hasToString("1.0");
    }

    /** Invalid strings from pypa/packaging tests/test_version.py (test_invalid_versions). */
    @ParameterizedTest(name = "rejects \"{0}\"")
    @ValueSource(strings = {
        "french toast", "1.0+a+", "1.0++", "1.0+_foobar", "1.0+foo&asd", "1.0+1+1", "1. 0",
        "1 .0", "1. 0a1", "1 .0a1", "1.0 a1", "1.0a 1", "\u0660\u0661\u0662.\u0663", ".", "..",
        "1..0", "1.0.", ".1.0", "1..2.3", "1.0+\u0130", "", "   ", "1.0.dev1.post1", "1!", "!1.0"
    })
    void rejectsWhatPep440Rejects(String text) {
        assertThatThrownBy(() -> scheme.parse(text))
                .isInstanceOf(InvalidVersionException.class)
                .hasMessageStartingWith("invalid pep440 version");
    }

    @Test
    void explainsABadLocalLabel() {
        assertThatThrownBy(() -> scheme.parse("1.0+foo&asd"))
                .isInstanceOf(InvalidVersionException.class)
                .hasMessageContaining("local label");
    }

    @Test
    void readsEveryPep440VersionInThePyPiCorpus() {
        Set<String> corpus = new TreeSet<>(CorpusVersions.fromOsv("osv/PyPI"));
        corpus.addAll(CorpusVersions.fromOsv("osv-ghsa/PyPI"));

        List<String> unreadable = unreadable(corpus);

        assertThat(corpus).hasSizeGreaterThan(10_000);
        assertThat(unreadable).containsExactlyInAnyOrderElementsOf(LEGACY_NON_PEP440);
    }

    private List<String> unreadable(Set<String> versions) {
        List<String> unreadable = new ArrayList<>();
        for (String version : versions) {
            try {
                scheme.parse(version);
            } catch (InvalidVersionException e) {
                unreadable.add(version);
            }
        }
        return unreadable;
    }

    private void assertStrictlyAscending(List<String> ordered) throws InvalidVersionException {
        for (int i = 0; i < ordered.size(); i++) {
            for (int j = i + 1; j < ordered.size(); j++) {
                assertThat(scheme.compare(ordered.get(i), ordered.get(j)))
                        .as("%s < %s", ordered.get(i), ordered.get(j))
                        .isNegative();
                assertThat(scheme.compare(ordered.get(j), ordered.get(i)))
                        .as("%s > %s", ordered.get(j), ordered.get(i))
                        .isPositive();
            }
        }
    }

    private static List<String> words(String block) {
        return List.of(block.strip().split("\\s+"));
    }
}
