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
 * Vectors from dpkg's lib/dpkg/t/t-version.c (guillemj/dpkg), whose version objects
 * {@code (epoch, upstream, revision)} are written here as the strings dpkg would parse into them.
 */
class DpkgSchemeTest {

    private final DpkgScheme scheme = DpkgScheme.INSTANCE;

    /** test_version_compare and test_version_relate of t-version.c. */
    @ParameterizedTest(name = "{0} < {1}")
    @CsvSource({
        "1-1, 2-1", "1-1, 1-2", "0-0, 1:0-0", "a-0, b-0", "0-a, 0-b", "1:0, 2:0"
    })
    void ordersLikeDpkgVersionCompare(String lower, String higher)
            throws InvalidVersionException {
        assertBefore(scheme, lower, higher);
    }

    /** The equality cases of test_version_compare and test_version_parse in t-version.c. */
    @ParameterizedTest(name = "{0} == {1}")
    @CsvSource({
        "0-0, 0-0", "0-00, 00-0", "1:2-3, 1:2-3", "0, 0:0", "0, 0:0-", "0:0-0, 0-0",
        "1:0, 1:0-", "'  \t0:0-1', 0:0-1", "'0:0-1\t  ', 0:0-1"
    })
    void treatsLikeDpkgAsEqual(String left, String right) throws InvalidVersionException {
        assertSamePrecedence(scheme, left, right);
    }

    /**
     * The example of the Debian Policy Manual, section 5.6.12 ("~~" before "~~a" before "~" before
     * nothing before "a"), then letters before other symbols and numbers of any length.
     */
    static Stream<Arguments> tildeAndSymbolOrder() {
        return Stream.of(
                OrderingCases.ascending("1.0~~", "1.0~~a", "1.0~", "1.0", "1.0a"),
                OrderingCases.ascending("1.0~rc1", "1.0", "1.0a", "1.0+dfsg", "1.0.1"),
                OrderingCases.ascending("1.2-1~deb12u1", "1.2-1", "1.2-1+deb12u1", "1.2-1.1"),
                OrderingCases.ascending("0.0~git20230101123456", "0.0~git20230101123457",
                        "0.0~git99999999999999999999", "0.0"))
                .flatMap(cases -> cases);
    }

    @ParameterizedTest(name = "{0} < {1}")
    @MethodSource("tildeAndSymbolOrder")
    void sortsTildeFirstAndLettersBeforeSymbols(String lower, String higher)
            throws InvalidVersionException {
        assertBefore(scheme, lower, higher);
    }

    /** test_version_parse of t-version.c: epoch, upstream and revision of each string. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "0, 0, 0, ''",
        "0:0-, 0, 0, ''",
        "0:0.0-0.0, 0, 0.0, 0.0",
        "5:1, 5, 1, ''",
        "0:0-0-0, 0, 0-0, 0",
        "0:0-0-0-0, 0, 0-0-0, 0",
        "0:0:0-0, 0, 0:0, 0",
        "0:0:0:0-0, 0, 0:0:0, 0",
        "0:0:0-0-0, 0, 0:0-0, 0",
        "0:0-0:0-0, 0, 0-0:0, 0",
        "0:09azAZ.-+~:-0, 0, 09azAZ.-+~:, 0",
        "0:0-azAZ09.+~, 0, 0, azAZ09.+~"
    })
    void splitsEpochUpstreamAndRevision(String text, int epoch, String upstream, String revision)
            throws InvalidVersionException {
        DpkgVersion version = scheme.parse(text);

        assertThat(version.epoch()).isEqualTo(epoch);
        assertThat(version.upstream()).isEqualTo(upstream);
        assertThat(version.revision()).isEqualTo(revision);
    }

    /** dpkg only warns when the upstream part starts with a letter; we accept it as dpkg does. */
    @Test
    void acceptsUpstreamStartingWithLetter() throws InvalidVersionException {
        assertThat(scheme.parse("0:abc3-0").upstream()).isEqualTo("abc3");
    }

    /** The errors of test_version_parse in t-version.c, and its invalid-character loops. */
    @ParameterizedTest(name = "rejects \"{0}\"")
    @ValueSource(strings = {
        "", "  ", "0:", "0:0 0-1", "-1:0-1", "999999999999999999999999:0-1", "a:0-0", "A:0-0",
        "-0", "0:-0", ":1.0", "0:0-0:0",
        "0:0!-0", "0:0#-0", "0:0@-0", "0:0$-0", "0:0%-0", "0:0&-0", "0:0/-0", "0:0|-0",
        "0:0\\-0", "0:0<-0", "0:0>-0", "0:0(-0", "0:0)-0", "0:0[-0", "0:0]-0", "0:0{-0",
        "0:0}-0", "0:0;-0", "0:0,-0", "0:0_-0", "0:0=-0", "0:0*-0", "0:0^-0", "0:0'-0",
        "0:0-!", "0:0-#", "0:0-@", "0:0-$", "0:0-%", "0:0-&", "0:0-/", "0:0-|", "0:0-\\",
        "0:0-<", "0:0->", "0:0-(", "0:0-)", "0:0-[", "0:0-]", "0:0-{", "0:0-}", "0:0-:",
        "0:0-;", "0:0-,", "0:0-_", "0:0-=", "0:0-*", "0:0-^", "0:0-'"
    })
    void rejectsWhatDpkgRejectsOrWarnsAbout(String text) {
        assertThatThrownBy(() -> scheme.parse(text))
                .isInstanceOf(InvalidVersionException.class)
                .hasMessageStartingWith("invalid dpkg version '" + text + "'");
    }
}
