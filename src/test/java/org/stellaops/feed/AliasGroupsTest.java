// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Records joined by aliases form one group named by its smallest id; related never joins. */
class AliasGroupsTest {

    @Test
    void joinsRealPysecAndGhsaThroughTheirAliases() {
        // PYSEC-2018-2 and GHSA-5hg3-6c2f-f3wr both alias CVE-2018-14574.
        AliasGroups groups = new AliasGroups(List.of(
                record("PYSEC-2018-2", List.of("CVE-2018-14574", "GHSA-5hg3-6c2f-f3wr"), List.of()),
                record("GHSA-5hg3-6c2f-f3wr", List.of("CVE-2018-14574"), List.of())));

        assertThat(groups.groupOf("PYSEC-2018-2")).isEqualTo("CVE-2018-14574");
        assertThat(groups.groupOf("GHSA-5hg3-6c2f-f3wr")).isEqualTo("CVE-2018-14574");
        assertThat(groups.groupOf("CVE-2018-14574")).isEqualTo("CVE-2018-14574");
    }

    @Test
    void joinsTransitivelyWhateverTheRecordOrder() {
        List<OsvRecord> records = new ArrayList<>(List.of(
                record("PYSEC-2099-3", List.of("GHSA-bbbb-bbbb-bbbb"), List.of()),
                record("GHSA-bbbb-bbbb-bbbb", List.of("GO-2099-0001"), List.of()),
                record("RUSTSEC-2099-0001", List.of("GO-2099-0001"), List.of()),
                record("PYSEC-2099-4", List.of(), List.of())));

        for (int rotation = 0; rotation < records.size(); rotation++) {
            Collections.rotate(records, 1);
            AliasGroups groups = new AliasGroups(records);

            assertThat(groups.groupOf("PYSEC-2099-3")).isEqualTo("GHSA-bbbb-bbbb-bbbb");
            assertThat(groups.groupOf("RUSTSEC-2099-0001")).isEqualTo("GHSA-bbbb-bbbb-bbbb");
            assertThat(groups.groupOf("PYSEC-2099-4")).isEqualTo("PYSEC-2099-4");
        }
    }

    @Test
    void relatedDoesNotJoinGroups() {
        // A distro advisory relates to each CVE it fixes; following that would fuse them all.
        AliasGroups groups = new AliasGroups(List.of(
                record("ALSA-2019:0975", List.of(), List.of("CVE-2019-5736", "CVE-2019-0001")),
                record("GHSA-aaaa-aaaa-aaaa", List.of("CVE-2019-5736"), List.of()),
                record("GHSA-cccc-cccc-cccc", List.of("CVE-2019-0001"), List.of())));

        assertThat(groups.groupOf("ALSA-2019:0975")).isEqualTo("ALSA-2019:0975");
        assertThat(groups.groupOf("GHSA-aaaa-aaaa-aaaa")).isEqualTo("CVE-2019-5736");
        assertThat(groups.groupOf("GHSA-cccc-cccc-cccc")).isEqualTo("CVE-2019-0001");
    }

    @Test
    void unknownIdIsItsOwnGroup() {
        AliasGroups groups = new AliasGroups(List.of());

        assertThat(groups.groupOf("CVE-2099-0001")).isEqualTo("CVE-2099-0001");
    }

    static OsvRecord record(String id, List<String> aliases, List<String> related) {
        return new OsvRecord(id, "2024-01-01T00:00:00Z", null, null, aliases, related, null,
                List.of(), null, List.of(), List.of(), new byte[0]);
    }
}
