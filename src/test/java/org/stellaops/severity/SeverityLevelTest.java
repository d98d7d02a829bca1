// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.severity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SeverityLevelTest {

    @Test
    void unknownRanksBelowEveryRatedLevel() {
        assertThat(SeverityLevel.UNKNOWN.rank()).isLessThan(SeverityLevel.NONE.rank());
        assertThat(SeverityLevel.NONE.rank()).isLessThan(SeverityLevel.LOW.rank());
        assertThat(SeverityLevel.LOW.rank()).isLessThan(SeverityLevel.MEDIUM.rank());
        assertThat(SeverityLevel.MEDIUM.rank()).isLessThan(SeverityLevel.HIGH.rank());
        assertThat(SeverityLevel.HIGH.rank()).isLessThan(SeverityLevel.CRITICAL.rank());
    }

    // Bands from the CVSS v3.1 and v4.0 specifications' qualitative severity rating scale.
    @ParameterizedTest
    @CsvSource({
        "0.0, NONE", "0.1, LOW", "3.9, LOW", "4.0, MEDIUM", "6.9, MEDIUM",
        "7.0, HIGH", "8.9, HIGH", "9.0, CRITICAL", "10.0, CRITICAL"
    })
    void ratesV3AndV4ScoresOnTheFiveBandScale(double score, SeverityLevel expected) {
        assertThat(SeverityLevel.fromScore(CvssVersion.V3_1, score)).isEqualTo(expected);
        assertThat(SeverityLevel.fromScore(CvssVersion.V3_0, score)).isEqualTo(expected);
        assertThat(SeverityLevel.fromScore(CvssVersion.V4_0, score)).isEqualTo(expected);
    }

    // Bands NVD uses for v2, which has neither NONE nor CRITICAL.
    @ParameterizedTest
    @CsvSource({
        "0.0, LOW", "3.9, LOW", "4.0, MEDIUM", "6.9, MEDIUM", "7.0, HIGH", "10.0, HIGH"
    })
    void ratesV2ScoresOnTheThreeBandScale(double score, SeverityLevel expected) {
        assertThat(SeverityLevel.fromScore(CvssVersion.V2, score)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.1, 10.1, Double.NaN})
    void rejectsScoreOutsideZeroToTen(double score) {
        assertThatThrownBy(() -> SeverityLevel.fromScore(CvssVersion.V3_1, score))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("out of range");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            LOW              | LOW
            MODERATE         | MEDIUM
            HIGH             | HIGH
            CRITICAL         | CRITICAL
            Low              | LOW
            Moderate         | MEDIUM
            Important        | HIGH
            Critical         | CRITICAL
            negligible       | LOW
            medium           | MEDIUM
            unimportant      | LOW
            low**            | LOW
            not yet assigned | UNKNOWN
            Not Yet Assigned | UNKNOWN
            Unknown          | UNKNOWN
            None             | NONE
            """)
    void readsSeverityWordsAsSourcesWriteThem(String text, SeverityLevel expected) {
        // GHSA upper case; Red Hat and AlmaLinux capitalised; Ubuntu and Debian lower case,
        // Debian marking tentative urgencies with "**".
        assertThat(SeverityLevel.parse(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "severe", "7.5", "end-of-life"})
    void unrecognisedSeverityWordIsEmpty(String text) {
        assertThat(SeverityLevel.parse(text)).isEmpty();
    }

    @Test
    void nullSeverityWordIsEmpty() {
        assertThat(SeverityLevel.parse(null)).isEmpty();
    }
}
