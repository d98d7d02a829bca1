// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EcosystemTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            npm                                    | npm          | -
            Debian:12                              | Debian       | 12
            Debian:11.7                            | Debian       | 11
            Ubuntu:22.04:LTS                       | Ubuntu       | 22.04
            Alpine:v3.20                           | Alpine       | 3.20
            AlmaLinux:8                            | AlmaLinux    | 8
            Red Hat:enterprise_linux:9::appstream  | Red Hat      | 9
            SUSE:Linux Enterprise Server 15 SP5    | SUSE         | linux enterprise server 15 sp5
            Ubuntu:Pro:18.04:LTS                   | Ubuntu       | 18.04
            Amazon Linux:2023                      | Amazon Linux | 2023
            Maven:https://maven.google.com         | Maven        | -
            """)
    void splitsFamilyAndRelease(String name, String family, String release) {
        Ecosystem ecosystem = Ecosystem.parse(name);

        assertThat(ecosystem.name()).isEqualTo(name);
        assertThat(ecosystem.family()).isEqualTo(family);
        assertThat(ecosystem.release()).isEqualTo(release == null ? "" : release);
        assertThat(ecosystem.hasReleases()).isEqualTo(release != null);
        assertThat(ecosystem.indexFamily()).isEqualTo(family.toLowerCase(java.util.Locale.ROOT));
        assertThat(ecosystem).hasToString(name);
    }
}
