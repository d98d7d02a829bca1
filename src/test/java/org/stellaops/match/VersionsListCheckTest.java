// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stellaops.db.IndexedAffected;

class VersionsListCheckTest {

    @Test
    void exactStringIsAffected() {
        RangeVerdict verdict = VersionsListCheck.check(listed("npm", "1.0.0", "1.0.1"), "1.0.1");

        assertThat(verdict.outcome()).isEqualTo(Outcome.AFFECTED);
        assertThat(verdict.range()).isEqualTo("versions");
    }

    @Test
    void schemeEqualVersionIsAffected() {
        // PEP 440: 1.0 and 1.0.0 are the same release
        assertThat(VersionsListCheck.check(listed("PyPI", "1.0.0"), "1.0").outcome())
                .isEqualTo(Outcome.AFFECTED);
        assertThat(VersionsListCheck.check(listed("PyPI", "1.0"), "1.0.0").outcome())
                .isEqualTo(Outcome.AFFECTED);
    }

    @Test
    void unlistedVersionIsNotAffectedAndSaysHowManyWereListed() {
        RangeVerdict verdict = VersionsListCheck.check(listed("PyPI", "1.0", "1.1"), "1.2");

        assertThat(verdict.outcome()).isEqualTo(Outcome.NOT_AFFECTED);
        assertThat(verdict.reason()).isEqualTo("1.2 is not among the 2 listed versions");
    }

    @Test
    void unreadableListedVersionDoesNotHideAReadableOne() {
        RangeVerdict verdict =
                VersionsListCheck.check(listed("PyPI", "not!a!version", "2.0"), "2.0.0");

        assertThat(verdict.outcome()).isEqualTo(Outcome.AFFECTED);
    }

    @Test
    void ecosystemWithoutSchemeComparesExactStringsOnly() {
        IndexedAffected entry = listed("Hackage", "1.0");

        assertThat(VersionsListCheck.check(entry, "1.0").outcome()).isEqualTo(Outcome.AFFECTED);
        assertThat(VersionsListCheck.check(entry, "1.0.0").outcome())
                .isEqualTo(Outcome.NOT_AFFECTED);
    }

    private static IndexedAffected listed(String ecosystem, String... versions) {
        return new IndexedAffected(0, ecosystem, "demo", List.of(), List.of(versions));
    }
}
