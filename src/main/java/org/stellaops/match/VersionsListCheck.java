// SPDX-License-Identifier: AGPL-3.0-or-later
package org.stellaops.match;

import java.util.List;
import org.stellaops.db.IndexedAffected;

/**
 * Checks an affected[] entry's explicit {@code versions} list: the exact string first, then
 * equality under the ecosystem's scheme (so PyPI's {@code 1.0} matches a listed {@code 1.0.0}).
 */
final class VersionsListCheck {

    /** How the explain trace names the explicit list. */
    static final String RANGE = "versions";

    private VersionsListCheck() {
    }

    static RangeVerdict check(IndexedAffected entry, String version) {
        return check(entry, version, ParsedVersions.NONE);
    }

    static RangeVerdict check(IndexedAffected entry, String version, ParsedVersions parsed) {
        return check(PreparedEntry.prepare(entry, parsed), version, parsed);
    }

    static RangeVerdict check(PreparedEntry entry, String version, ParsedVersions parsed) {
        return check(entry, new InstalledVersion(version, parsed));
    }

    static RangeVerdict check(PreparedEntry entry, InstalledVersion version) {
        if (entry.lists(version)) {
            return affected(version);
        }
        return new RangeVerdict(Outcome.NOT_AFFECTED, RANGE, version.text(), "",
                " is not among the " + entry.entry().versions().size() + " listed versions",
                List.of());
    }

    static RangeVerdict affected(InstalledVersion version) {
        return new RangeVerdict(Outcome.AFFECTED, RANGE, version.text(), "",
                " is listed as affected", List.of());
    }
}
