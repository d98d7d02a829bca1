// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Releases are brought to the granularity at which each distro publishes advisories. */
class ReleasesTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Debian       | 12.5     | 12
            Debian       | bookworm | 12
            Debian       | Bullseye | 11
            Red Hat      | 9.2      | 9
            AlmaLinux    | 8.10     | 8
            Rocky Linux  | 9.3      | 9
            Alpine       | 3.20.1   | 3.20
            Alpine       | v3.19    | 3.19
            Ubuntu       | jammy    | 22.04
            Ubuntu       | 22.04    | 22.04
            Amazon Linux | 2023     | 2023
            """)
    void normalizesToAdvisoryGranularity(String family, String release, String expected) {
        assertThat(Releases.normalize(family, release)).isEqualTo(expected);
    }

    @Test
    void blankOrMissingReleaseIsEmpty() {
        assertThat(Releases.normalize("Debian", null)).isEmpty();
        assertThat(Releases.normalize("Debian", "  ")).isEmpty();
    }
}
