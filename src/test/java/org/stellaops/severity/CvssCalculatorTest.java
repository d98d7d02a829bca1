// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.severity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CvssCalculatorTest {

    // Sources: NVD base scores (Shellshock CVE-2014-6271, Log4Shell CVE-2021-44228, PwnKit
    // CVE-2021-4034) and the FIRST CVSS v3.1 examples document (phpMyAdmin XSS CVE-2013-1937,
    // Heartbleed CVE-2014-0160); the last three rows cross-checked with ae-cvss-calculator.
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H | V3_1 | 9.8  | CRITICAL
            CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H | V3_1 | 10.0 | CRITICAL
            CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H | V3_1 | 7.8  | HIGH
            CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N | V3_1 | 6.1  | MEDIUM
            CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N | V3_1 | 7.5  | HIGH
            CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H | V3_0 | 9.8  | CRITICAL
            CVSS:3.0/AV:N/AC:L/PR:L/UI:N/S:C/C:L/I:L/A:N | V3_0 | 6.4  | MEDIUM
            CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:N/I:N/A:N | V3_1 | 0.0  | NONE
            """)
    void scoresV3Vectors(String vector, CvssVersion version, double expected, SeverityLevel level)
            throws InvalidCvssException {
        CvssScore score = CvssCalculator.score(vector);

        assertThat(score).isEqualTo(new CvssScore(version, vector, expected, level));
    }

    // Source: the CVSS v2 guide's base equation, as NVD's v2 calculator and the independent
    // ae-cvss-calculator both evaluate it for these vectors.
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            AV:N/AC:L/Au:N/C:P/I:P/A:P | 7.5  | HIGH
            AV:N/AC:M/Au:N/C:N/I:P/A:N | 4.3  | MEDIUM
            AV:N/AC:L/Au:N/C:C/I:C/A:C | 10.0 | HIGH
            AV:L/AC:L/Au:N/C:C/I:C/A:C | 7.2  | HIGH
            AV:N/AC:L/Au:N/C:N/I:N/A:P | 5.0  | MEDIUM
            """)
    void scoresV2Vectors(String vector, double expected, SeverityLevel level)
            throws InvalidCvssException {
        CvssScore score = CvssCalculator.score(vector);

        assertThat(score).isEqualTo(new CvssScore(CvssVersion.V2, vector, expected, level));
    }

    @Test
    void acceptsV2VectorInParenthesesAndDropsThem() throws InvalidCvssException {
        CvssScore score = CvssCalculator.score(" (AV:N/AC:L/Au:N/C:P/I:P/A:P) ");

        assertThat(score.vector()).isEqualTo("AV:N/AC:L/Au:N/C:P/I:P/A:P");
        assertThat(score.baseScore()).isEqualTo(7.5);
    }

    @Test
    void acceptsV3MetricsInAnyOrder() throws InvalidCvssException {
        // v3.x only prefers the specification order; the vector is kept as given.
        String vector = "CVSS:3.1/C:H/I:H/A:H/AV:N/AC:L/PR:N/UI:N/S:U";

        assertThat(CvssCalculator.score(vector).baseScore()).isEqualTo(9.8);
        assertThat(CvssCalculator.score(vector).vector()).isEqualTo(vector);
    }

    @Test
    void temporalAndEnvironmentalMetricsLeaveTheBaseScore() throws InvalidCvssException {
        CvssScore score = CvssCalculator.score(
                "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:P/RL:O/RC:C/CR:H/MAV:L");

        assertThat(score.baseScore()).isEqualTo(9.8);
    }

    @Test
    void detectsVersionFromPrefix() throws InvalidCvssException {
        assertThat(CvssCalculator.score("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H"
                + "/SC:N/SI:N/SA:N").version()).isEqualTo(CvssVersion.V4_0);
        assertThat(CvssCalculator.score("CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")
                .version()).isEqualTo(CvssVersion.V3_0);
        assertThat(CvssCalculator.score("AV:N/AC:L/Au:N/C:P/I:P/A:P").version())
                .isEqualTo(CvssVersion.V2);
    }

    // The library alone would score the first three: it keeps the last duplicate, reads only
    // the first letter of a value and skips empty metrics.
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/A:L | metric A appears more than once
            CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:Hx    | metric A has invalid value 'Hx'
            CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/    | empty metric at position 9
            CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H         | missing mandatory CVSS v3 metric A
            CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/X:1 | unknown CVSS v3 metric 'X'
            CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H     | metric AV has invalid value 'X'
            CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A       | 'A' is not of the form METRIC:VALUE
            CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:Q | metric E has invalid value 'Q'
            CVSS:3.2/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H     | unsupported CVSS version prefix
            CVSS:3.1/                                        | no metrics after the version prefix
            AV:N/AC:L/Au:N/C:P/I:P                           | missing mandatory CVSS v2 metric A
            AV:N/AC:L/Au:N/C:P/I:P/A:P/CDP:X                 | metric CDP has invalid value 'X'
            av:n/ac:l/au:n/c:p/i:p/a:p                       | unknown CVSS v2 metric 'av'
            (AV:N/AC:L/Au:N/C:P/I:P/A:P                      | unbalanced parentheses
            (CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H)   | only v2 vectors may be in parentheses
            9.8                                              | '9.8' is not of the form METRIC:VALUE
            """)
    void rejectsMalformedVectorNamingTheProblem(String vector, String reason) {
        assertThatThrownBy(() -> CvssCalculator.score(vector))
                .isInstanceOf(InvalidCvssException.class)
                .hasMessageStartingWith("invalid CVSS vector '" + vector + "': ")
                .hasMessageContaining(reason)
                .extracting(e -> ((InvalidCvssException) e).vector())
                .isEqualTo(vector);
    }

    @Test
    void rejectsBlankVector() {
        assertThatThrownBy(() -> CvssCalculator.score("  "))
                .isInstanceOf(InvalidCvssException.class)
                .hasMessageContaining("empty vector");
    }
}
