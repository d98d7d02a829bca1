// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stellaops.version.OrderingCases.assertBefore;
import static org.stellaops.version.OrderingCases.assertSamePrecedence;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RpmSchemeTest {

    private final RpmScheme scheme = RpmScheme.INSTANCE;

    /**
     * Every active RPMVERCMP(a, b, result) line of rpm's tests/rpmvercmp.at
     * (rpm-software-management/rpm), tilde and caret cases included.
     */
    @ParameterizedTest(name = "rpmvercmp({0}, {1}) = {2}")
    @CsvSource({
        "1.0, 1.0, 0", "1.0, 2.0, -1", "2.0, 1.0, 1",
        "2.0.1, 2.0.1, 0", "2.0, 2.0.1, -1", "2.0.1, 2.0, 1",
        "2.0.1a, 2.0.1a, 0", "2.0.1a, 2.0.1, 1", "2.0.1, 2.0.1a, -1",
        "5.5p1, 5.5p1, 0", "5.5p1, 5.5p2, -1", "5.5p2, 5.5p1, 1",
        "5.5p10, 5.5p10, 0", "5.5p1, 5.5p10, -1", "5.5p10, 5.5p1, 1",
        "10xyz, 10.1xyz, -1", "10.1xyz, 10xyz, 1",
        "xyz10, xyz10, 0", "xyz10, xyz10.1, -1", "xyz10.1, xyz10, 1",
        "xyz.4, xyz.4, 0", "xyz.4, 8, -1", "8, xyz.4, 1", "xyz.4, 2, -1", "2, xyz.4, 1",
        "5.5p2, 5.6p1, -1", "5.6p1, 5.5p2, 1",
        "5.6p1, 6.5p1, -1", "6.5p1, 5.6p1, 1",
        "6.0.rc1, 6.0, 1", "6.0, 6.0.rc1, -1",
        "10b2, 10a1, 1", "10a2, 10b2, -1",
        "1.0aa, 1.0aa, 0", "1.0a, 1.0aa, -1", "1.0aa, 1.0a, 1",
        "10.0001, 10.0001, 0", "10.0001, 10.1, 0", "10.1, 10.0001, 0",
        "10.0001, 10.0039, -1", "10.0039, 10.0001, 1",
        "4.999.9, 5.0, -1", "5.0, 4.999.9, 1",
        "20101121, 20101121, 0", "20101121, 20101122, -1", "20101122, 20101121, 1",
        "2_0, 2_0, 0", "2.0, 2_0, 0", "2_0, 2.0, 0",
        "a, a, 0", "a+, a+, 0", "a+, a_, 0", "a_, a+, 0", "+a, +a, 0", "+a, _a, 0", "_a, +a, 0",
        "+_, +_, 0", "_+, +_, 0", "_+, _+, 0", "+, _, 0", "_, +, 0",
        "1.0~rc1, 1.0~rc1, 0", "1.0~rc1, 1.0, -1", "1.0, 1.0~rc1, 1",
        "1.0~rc1, 1.0~rc2, -1", "1.0~rc2, 1.0~rc1, 1",
        "1.0~rc1~git123, 1.0~rc1~git123, 0", "1.0~rc1~git123, 1.0~rc1, -1",
        "1.0~rc1, 1.0~rc1~git123, 1",
        "1.0^, 1.0^, 0", "1.0^, 1.0, 1", "1.0, 1.0^, -1",
        "1.0^git1, 1.0^git1, 0", "1.0^git1, 1.0, 1", "1.0, 1.0^git1, -1",
        "1.0^git1, 1.0^git2, -1", "1.0^git2, 1.0^git1, 1",
        "1.0^git1, 1.01, -1", "1.01, 1.0^git1, 1",
        "1.0^20160101, 1.0^20160101, 0", "1.0^20160101, 1.0.1, -1", "1.0.1, 1.0^20160101, 1",
        "1.0^20160101^git1, 1.0^20160101^git1, 0", "1.0^20160102, 1.0^20160101^git1, 1",
        "1.0^20160101^git1, 1.0^20160102, -1",
        "1.0~rc1^git1, 1.0~rc1^git1, 0", "1.0~rc1^git1, 1.0~rc1, 1", "1.0~rc1, 1.0~rc1^git1, -1",
        "1.0^git1~pre, 1.0^git1~pre, 0", "1.0^git1, 1.0^git1~pre, 1",
        "1.0^git1~pre, 1.0^git1, -1"
    })
    void comparesLikeRpmvercmp(String left, String right, int expected)
            throws InvalidVersionException {
        assertThat(Integer.signum(scheme.compare(left, right))).isEqualTo(expected);
    }

    /** Epoch first, then version, then release; shapes as found in AlmaLinux OSV records. */
    @ParameterizedTest(name = "{0} < {1}")
    @CsvSource({
        "2.0-1, 1:1.0-1",
        "1:9.9-9, 2:0.1-1",
        "1.0-1, 1.0-2",
        "1.0, 1.0-1",
        "1.0-1.el8, 1.0-1.el8_1",
        "4.18.0-553.el8_10, 4.18.0-553.5.1.el8_10",
        "3.6.8-51.el8_8.2, 3.6.8-51.el8_8.2.alma.1",
        "1.0-16.module_el8.6.0+3162+01a09e5a, 1.0-17.module_el8.6.0+3162+01a09e5a",
        "1.0.0-1.20230101123456789, 1.0.0-1.20230101123456790"
    })
    void comparesEpochThenVersionThenRelease(String lower, String higher)
            throws InvalidVersionException {
        assertBefore(scheme, lower, higher);
    }

    @Test
    void treatsMissingEpochAsZero() throws InvalidVersionException {
        assertSamePrecedence(scheme, "0:1.0-1", "1.0-1");
    }

    @ParameterizedTest(name = "rejects \"{0}\"")
    @ValueSource(strings = {
        "", " 1.0", "1.0 ", "1.0 -1", "1.0\t", "a:1.0", ":1.0", "-1:1.0", "99999999999:1.0",
        "1:2:3", "1.0-1-2", "1.0-", "-1"
    })
    void rejectsMalformedEvr(String text) {
        assertThatThrownBy(() -> scheme.parse(text))
                .isInstanceOf(InvalidVersionException.class)
                .hasMessageStartingWith("invalid rpm version '" + text + "'");
    }
}
