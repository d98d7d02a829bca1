// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.severity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CvssV4Test {

    // Source: the reference vectors of Red Hat's "cvss" library (tests/vectors_simple4 in
    // github.com/RedHatProductSecurity/cvss), whose scores come from the FIRST v4.0 reference
    // calculator. Each value was also checked against the metaeffekt ae-cvss-calculator.
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:L/VI:H/VA:L/SC:N/SI:H/SA:L | 9.2
            CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:H/SI:L/SA:H | 7.9
            CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:A/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N | 8.6
            CVSS:4.0/AV:N/AC:L/AT:N/PR:L/UI:N/VC:L/VI:N/VA:N/SC:N/SI:N/SA:H | 6.3
            CVSS:4.0/AV:N/AC:L/AT:N/PR:H/UI:P/VC:L/VI:L/VA:N/SC:L/SI:N/SA:N | 4.8
            CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:A/VC:N/VI:N/VA:N/SC:L/SI:N/SA:N | 2.1
            CVSS:4.0/AV:N/AC:L/AT:P/PR:H/UI:A/VC:N/VI:L/VA:L/SC:L/SI:N/SA:N | 1.8
            CVSS:4.0/AV:N/AC:H/AT:N/PR:N/UI:N/VC:H/VI:H/VA:N/SC:L/SI:H/SA:L | 9.4
            CVSS:4.0/AV:N/AC:H/AT:N/PR:H/UI:A/VC:N/VI:N/VA:N/SC:N/SI:H/SA:N | 4.0
            CVSS:4.0/AV:N/AC:H/AT:P/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:L/SA:N | 9.5
            CVSS:4.0/AV:L/AC:L/AT:P/PR:L/UI:A/VC:L/VI:N/VA:N/SC:N/SI:L/SA:L | 1.0
            CVSS:4.0/AV:L/AC:H/AT:N/PR:L/UI:N/VC:H/VI:H/VA:L/SC:N/SI:H/SA:L | 8.5
            CVSS:4.0/AV:L/AC:H/AT:N/PR:H/UI:P/VC:H/VI:N/VA:H/SC:L/SI:L/SA:N | 4.4
            CVSS:4.0/AV:L/AC:H/AT:P/PR:L/UI:A/VC:H/VI:H/VA:N/SC:N/SI:H/SA:N | 6.7
            CVSS:4.0/AV:L/AC:L/AT:P/PR:N/UI:P/VC:N/VI:H/VA:H/SC:H/SI:N/SA:N | 6.9
            CVSS:4.0/AV:P/AC:L/AT:N/PR:N/UI:N/VC:L/VI:N/VA:L/SC:L/SI:L/SA:N | 2.4
            CVSS:4.0/AV:P/AC:L/AT:N/PR:N/UI:P/VC:H/VI:H/VA:L/SC:L/SI:H/SA:H | 8.5
            CVSS:4.0/AV:P/AC:L/AT:N/PR:L/UI:N/VC:N/VI:H/VA:N/SC:L/SI:N/SA:N | 5.1
            CVSS:4.0/AV:P/AC:L/AT:N/PR:L/UI:A/VC:L/VI:H/VA:H/SC:H/SI:H/SA:H | 7.2
            """)
    void scoresBaseVectorsLikeTheReferenceCalculator(String vector, double expected)
            throws InvalidCvssException {
        CvssScore score = CvssCalculator.score(vector);

        assertThat(score.version()).isEqualTo(CvssVersion.V4_0);
        assertThat(score.baseScore()).isEqualTo(expected);
    }

    @Test
    void mostSevereVectorScoresTenFromTheTopMacroVector() throws InvalidCvssException {
        // MacroVector 000000 scores 10 in the specification's table and is its own maximum.
        CvssScore score = CvssCalculator.score(
                "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H");

        assertThat(score.baseScore()).isEqualTo(10.0);
        assertThat(score.level()).isEqualTo(SeverityLevel.CRITICAL);
    }

    @Test
    void noImpactOnAnySystemScoresZero() throws InvalidCvssException {
        // The specification's shortcut: every VC/VI/VA/SC/SI/SA at None scores 0.0.
        CvssScore score = CvssCalculator.score(
                "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N");

        assertThat(score.baseScore()).isEqualTo(0.0);
        assertThat(score.level()).isEqualTo(SeverityLevel.NONE);
    }

    @Test
    void scoreOneUlpBelowATieRoundsUp() throws InvalidCvssException {
        // The interpolation lands a hair below 5.65 here; the FIRST reference calculator lifts
        // it by 1e-6 before rounding and publishes 5.7 (confirmed with ae-cvss-calculator).
        CvssScore score = CvssCalculator.score(
                "CVSS:4.0/AV:L/AC:H/AT:N/PR:H/UI:N/VC:L/VI:N/VA:H/SC:N/SI:N/SA:N");

        assertThat(score.baseScore()).isEqualTo(5.7);
    }

    @Test
    void threatMetricsDoNotChangeTheBaseScore() throws InvalidCvssException {
        // Red Hat cvss tests/vectors_threat4: 7.3 with E:A, 4.1 with E:U; the base score is 7.3.
        CvssScore score = CvssCalculator.score(
                "CVSS:4.0/AV:P/AC:H/AT:P/PR:H/UI:A/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/E:U");

        assertThat(score.baseScore()).isEqualTo(7.3);
        assertThat(score.vector()).endsWith("/E:U");
    }

    @Test
    void supplementalMetricsAreAcceptedAndIgnored() throws InvalidCvssException {
        // Red Hat cvss tests/vectors_supplemental4: supplemental metrics leave the score at 7.3.
        CvssScore score = CvssCalculator.score("CVSS:4.0/AV:P/AC:H/AT:P/PR:H/UI:A/VC:H/VI:H/VA:H"
                + "/SC:H/SI:H/SA:H/S:N/AU:N/R:A/V:D/RE:L/U:Clear");

        assertThat(score.baseScore()).isEqualTo(7.3);
    }

    // Sources: Red Hat cvss tests/vectors_threat4 (E:A, E:P, E:U) and the example in the class
    // documentation of the FIRST/Red Hat cvss-v4-calculator (cvss40.js), 8.7 for CVSS-BTE.
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            CVSS:4.0/AV:P/AC:H/AT:P/PR:H/UI:A/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/E:A      | 7.3
            CVSS:4.0/AV:P/AC:H/AT:P/PR:H/UI:A/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/E:P      | 5.9
            CVSS:4.0/AV:P/AC:H/AT:P/PR:H/UI:A/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/E:U      | 4.1
            CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:L/SC:N/SI:N/SA:N/E:A/MAV:A | 8.7
            """)
    void appliesThreatAndEnvironmentalMetricsWhenAsked(String vector, double expected)
            throws InvalidCvssException {
        Map<String, String> metrics = CvssGrammars.V4.parse(vector, vector.substring(9));

        assertThat(CvssV4Scorer.score(metrics, true)).isEqualTo(expected);
    }

    @Test
    void safetyImpactCountsOnlyWhenEnvironmentalMetricsApply() throws InvalidCvssException {
        // Expected values computed with the FIRST algorithm and confirmed with ae-cvss-calculator.
        String vector = "CVSS:4.0/AV:L/AC:L/AT:N/PR:L/UI:N/VC:L/VI:L/VA:N/SC:N/SI:N/SA:N/MSA:S";
        Map<String, String> metrics = CvssGrammars.V4.parse(vector, vector.substring(9));

        assertThat(CvssV4Scorer.score(metrics, false)).isEqualTo(4.8);
        assertThat(CvssV4Scorer.score(metrics, true)).isEqualTo(7.7);
        assertThat(CvssCalculator.score(vector).baseScore()).isEqualTo(4.8);
    }

    @Test
    void rejectsMetricsOutOfSpecificationOrder() {
        assertThatThrownBy(() -> CvssCalculator.score(
                "CVSS:4.0/AC:L/AV:N/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H"))
                .isInstanceOf(InvalidCvssException.class)
                .hasMessageContaining("metric AV is out of order");
    }

    @Test
    void rejectsMissingSubsequentSystemMetrics() {
        assertThatThrownBy(() -> CvssCalculator.score(
                "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H"))
                .isInstanceOf(InvalidCvssException.class)
                .hasMessageContaining("missing mandatory CVSS v4.0 metrics SC, SI, SA");
    }

    @Test
    void rejectsSafetyValueOnABaseMetric() {
        // S (Safety) exists only for MSI and MSA; a base SI:S is not a valid vector.
        assertThatThrownBy(() -> CvssCalculator.score(
                "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:S/SA:H"))
                .isInstanceOf(InvalidCvssException.class)
                .hasMessageContaining("metric SI has invalid value 'S'");
    }

    @Test
    void macroVectorTableHasEveryReachableMacroVector() {
        for (int eq1 = 0; eq1 <= 2; eq1++) {
            for (int eq2 = 0; eq2 <= 1; eq2++) {
                for (int eq3 = 0; eq3 <= 2; eq3++) {
                    for (int eq4 = 0; eq4 <= 2; eq4++) {
                        for (int eq5 = 0; eq5 <= 2; eq5++) {
                            for (int eq6 = eq3 == 2 ? 1 : 0; eq6 <= 1; eq6++) {
                                var mv = new CvssV4MacroVector(eq1, eq2, eq3, eq4, eq5, eq6);
                                assertThat(CvssV4MacroVectorScores.scoreOf(mv))
                                        .as(mv.key()).isPresent();
                            }
                        }
                    }
                }
            }
        }
    }
}
