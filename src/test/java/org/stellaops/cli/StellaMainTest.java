// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StellaMainTest {

    @Test
    void unknownCommandIsAUsageError() {
        Stella.Result result = Stella.run("frobnicate");

        assertThat(result.exit()).isEqualTo(StellaMain.EXIT_ERROR);
        assertThat(result.err()).contains("frobnicate").contains("Usage: stella");
    }

    @Test
    void versionNamesTheProgram() {
        Stella.Result result = Stella.run("--version");

        assertThat(result.exit()).isZero();
        assertThat(result.out()).startsWith("stella ");
    }
}
