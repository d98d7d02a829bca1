// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VersionNeighboursTest {

    @Test
    void bumpsTheLastNumberBothWays() {
        assertThat(VersionNeighbours.of("1.2.3", false)).containsExactly("1.2.2", "1.2.4");
    }

    @Test
    void skipsATrailingLabelToReachTheNumber() {
        assertThat(VersionNeighbours.of("10.5.3+incompatible", false))
                .containsExactly("10.5.2+incompatible", "10.5.4+incompatible");
    }

    @Test
    void zeroHasOnlyAnUpperNeighbour() {
        assertThat(VersionNeighbours.of("2.0", false)).containsExactly("2.1");
    }

    @Test
    void rpmKeepsItsReleaseTag() {
        assertThat(VersionNeighbours.of("1.11-16.1.el8", true))
                .containsExactly("1.10-16.1.el8", "1.12-16.1.el8");
    }

    @Test
    void keepsZeroPaddedFieldsAtTheirWidth() {
        assertThat(VersionNeighbours.of("2023.09", false)).containsExactly("2023.08", "2023.10");
    }

    @Test
    void aVersionWithoutDigitsHasNoNeighbours() {
        assertThat(VersionNeighbours.of("latest", false)).isEmpty();
    }
}
