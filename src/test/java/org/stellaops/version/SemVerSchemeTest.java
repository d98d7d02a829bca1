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

class SemVerSchemeTest {

    private final SemVerScheme scheme = SemVerScheme.INSTANCE;

    /** Both precedence chains of semver.org, Semantic Versioning 2.0.0, section 11. */
    static Stream<Arguments> specPrecedenceExamples() {
        return Stream.concat(
                OrderingCases.ascending("1.0.0", "2.0.0", "2.1.0", "2.1.1"),
                OrderingCases.ascending("1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta",
                        "1.0.0-beta", "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0"));
    }

    @ParameterizedTest(name = "{0} < {1}")
    @MethodSource("specPrecedenceExamples")
    void ordersBySpecPrecedence(String lower, String higher) throws InvalidVersionException {
        assertBefore(scheme, lower, higher);
    }

    @ParameterizedTest(name = "{0} < {1}")
    @CsvSource({
        "1.0.0-2, 1.0.0-10",       // numeric identifiers compare as numbers
        "1.0.0-rc.2, 1.0.0-rc.10",
        "1.0.0-999, 1.0.0-a",      // numeric identifiers rank below alphanumeric ones
        "1.0.0-B, 1.0.0-a",        // alphanumeric identifiers compare in ASCII order
        "1.0.0-alpha-1, 1.0.0-alpha-2",
        "0.9.99, 0.10.0",
        "1.2.3, 10.0.0"
    })
    void comparesIdentifiersByKind(String lower, String higher) throws InvalidVersionException {
        assertBefore(scheme, lower, higher);
    }

    /** Build metadata examples of the same specification, section 10. */
    @ParameterizedTest(name = "{0} == {1}")
    @CsvSource({
        "1.0.0-alpha+001, 1.0.0-alpha",
        "1.0.0+20130313144700, 1.0.0",
        "1.0.0-beta+exp.sha.5114f85, 1.0.0-beta",
        "1.0.0+21AF26D3----117B344092BD, 1.0.0",
        "1.0.0+a, 1.0.0+b"
    })
    void ignoresBuildMetadata(String left, String right) throws InvalidVersionException {
        assertSamePrecedence(scheme, left, right);
    }

    @Test
    void toleratesLeadingV() throws InvalidVersionException {
        assertSamePrecedence(scheme, "v1.2.3", "1.2.3");
        assertThat(scheme.parse("v1.2.3").text()).isEqualTo("v1.2.3");
    }

    @Test
    void equalPrecedenceIsNotEquality() throws InvalidVersionException {
        SemanticVersion left = scheme.parse("1.0.0+a");
        SemanticVersion right = scheme.parse("1.0.0+b");

        assertThat(left).isEqualByComparingTo(right).isNotEqualTo(right);
        SemanticVersion again = scheme.parse("1.0.0+a");
        assertThat(left).isEqualTo(again).hasSameHashCodeAs(again);
    }

    /** Strings the grammar of the specification (sections 2, 9 and 10) does not produce. */
    @ParameterizedTest(name = "rejects \"{0}\"")
    @ValueSource(strings = {
        "", "v", "1", "1.2", "1.2.3.4", "01.2.3", "1.02.3", "1.2.03", "1.2.3-01", "1.2.3-",
        "1.2.3+", "1.2.3-a..b", "1.2.3+a..b", "1.2.3-a_b", "1.2.3-α", "vv1.2.3", "V1.2.3",
        " 1.2.3", "1.2.3 ", "1.2.3 -1", "=1.2.3", "^1.2.3", "latest", "2147483648.0.0"
    })
    void rejectsWhatIsNotSemVer(String text) {
        assertThatThrownBy(() -> scheme.parse(text))
                .isInstanceOf(InvalidVersionException.class)
                .hasMessageStartingWith("invalid semver version '" + text + "'");
    }
}
