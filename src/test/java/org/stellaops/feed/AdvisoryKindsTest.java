// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ids are classified by their database prefix, SUSE's two-part prefixes included. */
class AdvisoryKindsTest {

    @ParameterizedTest
    @CsvSource({
        "ALSA-2019:0975, ALSA, true, false",
        "ALBA-2019:3623, ALBA, false, true",
        "ALEA-2020:4711, ALEA, false, true",
        "RHBA-2024:0001, RHBA, false, true",
        "RHEA-2024:0001, RHEA, false, true",
        "SUSE-SU-2024:0001-1, SUSE-SU, true, false",
        "openSUSE-SU-2024:0001-1, openSUSE-SU, true, false",
        "GHSA-5hg3-6c2f-f3wr, GHSA, false, false",
        "CVE-2019-5736, CVE, false, false",
        "NOPREFIX, NOPREFIX, false, false"
    })
    void classifiesByPrefix(String id, String prefix, boolean distro, boolean nonSecurity) {
        assertThat(AdvisoryKinds.prefixOf(id)).isEqualTo(prefix);
        assertThat(AdvisoryKinds.isDistroAdvisory(id)).isEqualTo(distro);
        assertThat(AdvisoryKinds.isNonSecurityErratum(id)).isEqualTo(nonSecurity);
    }
}
